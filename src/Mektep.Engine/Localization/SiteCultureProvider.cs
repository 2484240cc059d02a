using Mektep.Engine.Security;
using Mektep.Localization;
using Mektep.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Localization;

/// <summary>The signed-in person's preferred culture (from their cookie's claims).</summary>
internal sealed class UserPreferenceCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.User.FindFirst(SiteUserClaimsPrincipalFactory.CultureClaim)?.Value;
        return Task.FromResult(SiteCultures.IsSupported(culture) ? new ProviderCultureResult(culture) : null);
    }
}

/// <summary>Last resort: the site's default culture from settings (changeable without restart).</summary>
internal sealed class SiteDefaultCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = httpContext.RequestServices.GetRequiredService<ISiteSettingsStore>().Current.DefaultCulture;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(SiteCultures.IsSupported(culture) ? culture : SiteCultures.Russian));
    }
}
