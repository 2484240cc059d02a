using System.Globalization;

namespace Mektep.Localization;

/// <summary>
/// Switches the current culture and UI culture for a block and restores them after: text written for someone else
/// (a mail, a notification, a printed certificate) in that person's language.
/// </summary>
public sealed class CultureScope : IDisposable
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

    /// <summary>Uses <paramref name="culture"/> (e.g. <c>kk</c>) until the scope is disposed.</summary>
    public static CultureScope Use(string culture) => new(culture);

    /// <inheritdoc/>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
