using System.Globalization;

namespace Mektep.Certificates.Services;

/// <summary>Switches the current UI culture for a block (names of places and printed labels in the certificate's language).</summary>
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
