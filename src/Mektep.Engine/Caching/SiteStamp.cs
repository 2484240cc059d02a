using System.Globalization;
using Mektep.Engine.Modularity;
using Mektep.Engine.Settings;

namespace Mektep.Engine.Caching;

/// <summary>
/// What every rendered page depends on besides its URL, its language and its viewer: content, settings (theme, site
/// name) and enabled modules. A copy of a page kept under an older stamp is stale.
/// </summary>
internal sealed class SiteStamp(ContentCache content, SiteSettingsStore settings, FeatureManager modules)
{
    // Every cached answer asks for the stamp, and its parts change rarely: the text is built once per change.
    private Parts? _last;

    public string Current
    {
        get
        {
            var generation = content.Generation;
            var settingsStamp = settings.Stamp;
            var disabledModules = modules.DisabledKey;
            var last = _last;
            if (last is not null && last.Generation == generation && last.Settings == settingsStamp && string.Equals(last.Modules, disabledModules, StringComparison.Ordinal))
            {
                return last.Text;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"{generation}/{settingsStamp}/{disabledModules}");
            _last = new Parts(generation, settingsStamp, disabledModules, text);
            return text;
        }
    }

    private sealed record Parts(long Generation, int Settings, string Modules, string Text);
}
