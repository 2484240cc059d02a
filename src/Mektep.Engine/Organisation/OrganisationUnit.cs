using System.Globalization;

namespace Mektep.Engine.Organisation;

/// <summary>What regions, districts and rural districts share: a stable code and a name in each site language.</summary>
public abstract class OrganisationUnit
{
    public int Id { get; set; }

    /// <summary>Short, stable, unique among units of the same level; CSV files and recipes refer to units by it.</summary>
    public string Code { get; set; } = "";

    public string NameKk { get; set; } = "";

    public string NameRu { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The name in the current UI culture, falling back to Russian, Kazakh, then English.</summary>
    public string Name => NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public string NameIn(string culture)
    {
        var preferred = culture switch { "kk" => NameKk, "ru" => NameRu, "en" => NameEn, _ => "" };
        return new[] { preferred, NameRu, NameKk, NameEn, Code }.First(n => !string.IsNullOrWhiteSpace(n));
    }
}
