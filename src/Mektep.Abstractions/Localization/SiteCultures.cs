namespace Mektep.Localization;

/// <summary>The cultures the site's interface and content come in.</summary>
public static class SiteCultures
{
    /// <summary>Kazakh (Cyrillic).</summary>
    public const string Kazakh = "kk";

    /// <summary>Russian.</summary>
    public const string Russian = "ru";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>All supported cultures, in the order the culture picker shows them.</summary>
    public static readonly IReadOnlyList<string> All = [Kazakh, Russian, English];

    /// <summary>The culture's own name, as shown in the picker.</summary>
    public static string NativeName(string culture) => culture switch
    {
        Kazakh => "Қазақша",
        Russian => "Русский",
        English => "English",
        _ => culture,
    };

    /// <summary>True for a supported culture code.</summary>
    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);
}
