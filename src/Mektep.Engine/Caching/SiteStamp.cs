using System.Globalization;
using Mektep.Engine.Modularity;
using Mektep.Engine.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Caching;

/// <summary>
/// What every rendered page depends on besides its URL, its language and its viewer: content, settings (theme, site
/// name) and enabled modules. A copy of a page kept under an older stamp is stale.
/// </summary>
internal static class SiteStamp
{
    // Every cached answer asks for the stamp, and its parts change rarely: the text is built once per change, not per
    // request. A value memo, so sites sharing a process (tests) cannot see each other's text under different parts.
    private static Parts? s_last;

    public static string Of(IServiceProvider services)
    {
        var generation = services.GetRequiredService<ContentCache>().Generation;
        var settings = services.GetRequiredService<SiteSettingsStore>().Stamp;
        var modules = services.GetRequiredService<FeatureManager>().DisabledKey;
        var last = s_last;
        if (last is not null && last.Generation == generation && last.Settings == settings && string.Equals(last.Modules, modules, StringComparison.Ordinal))
        {
            return last.Text;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{generation}/{settings}/{modules}");
        s_last = new Parts(generation, settings, modules, text);
        return text;
    }

    private sealed record Parts(long Generation, int Settings, string Modules, string Text);
}
