using System.Globalization;

namespace Mektep.Initiatives.Services;

/// <summary>Switches the current UI culture for a block (notifications in the recipient's language).</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private CultureScope(string culture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var wanted = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = wanted;
        CultureInfo.CurrentUICulture = wanted;
    }

    public static CultureScope Use(string culture) => new(culture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
