using Mektep.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Engine.Security;

/// <summary>Form posts that need no page: sign out and change language. Both are antiforgery-checked.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // No form fields are bound here, so nothing made the framework check the token: a cross-site
        // form could sign people out. The middleware validates because of the metadata; we refuse on failure.
        endpoints.MapPost("/account/logout", async (HttpContext context, SignInManager<SiteUser> signIn) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.BadRequest("The form has expired. Reload the page and try again.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        // A visitor's choice only sets a cookie (nothing to forge), so their pages need no antiforgery token and can
        // be cached; a signed-in person's choice is saved on the account and needs the token.
        endpoints.MapPost("/culture", async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context, IAntiforgery antiforgery, UserManager<SiteUser> users, SignInManager<SiteUser> signIn) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The form has expired. Reload the page and try again.");
            }

            if (!SiteCultures.IsSupported(culture))
            {
                return Results.BadRequest($"Unknown language '{culture}'. Choose one of {string.Join(", ", SiteCultures.All)}.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                // Remembered per person, and the cookie's claims are refreshed so the next page uses it.
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
            }

            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).DisableAntiforgery();
    }

    private static bool IsLocal(string? url)
        => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
