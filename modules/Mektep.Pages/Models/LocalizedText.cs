using System.Text.Json.Serialization;
using Mektep.Localization;

namespace Mektep.Pages.Models;

/// <summary>A short text written in each of the site's languages; a missing language falls back to another.</summary>
public sealed class LocalizedText
{
    public string Kk { get; set; } = "";

    public string Ru { get; set; } = "";

    public string En { get; set; } = "";

    [JsonIgnore]
    public bool IsEmpty => Kk.Length == 0 && Ru.Length == 0 && En.Length == 0;

    /// <summary>The text in <paramref name="culture"/>, else Russian, Kazakh, English: the first one written.</summary>
    public string For(string culture)
    {
        var own = Get(culture);
        if (own.Length > 0)
        {
            return own;
        }

        return Ru.Length > 0 ? Ru : Kk.Length > 0 ? Kk : En;
    }

    /// <summary>The text in exactly <paramref name="culture"/> (empty when not written).</summary>
    public string Get(string culture) => culture switch
    {
        SiteCultures.Kazakh => Kk,
        SiteCultures.Russian => Ru,
        SiteCultures.English => En,
        _ => "",
    };

    public void Set(string culture, string value)
    {
        switch (culture)
        {
            case SiteCultures.Kazakh:
                Kk = value;
                break;
            case SiteCultures.Russian:
                Ru = value;
                break;
            case SiteCultures.English:
                En = value;
                break;
        }
    }

    public LocalizedText Copy() => new() { Kk = Kk, Ru = Ru, En = En };

    public static LocalizedText Of(string kk, string ru, string en) => new() { Kk = kk, Ru = ru, En = en };
}
