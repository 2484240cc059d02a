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
    public static string Of(IServiceProvider services) => string.Create(CultureInfo.InvariantCulture,
        $"{services.GetRequiredService<ContentCache>().Generation}/{services.GetRequiredService<SiteSettingsStore>().Stamp}/{services.GetRequiredService<FeatureManager>().DisabledKey}");
}
