using Mektep.Engine.Components;
using Mektep.Engine.Data;
using Mektep.Engine.Health;
using Mektep.Engine.Localization;
using Mektep.Engine.Modularity;
using Mektep.Engine.Security;
using Mektep.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mektep.Engine;

/// <summary>The engine's request pipeline and start-up.</summary>
public static class MektepApplicationExtensions
{
    /// <summary>Migrates the database and seeds what the site needs before it takes requests.</summary>
    public static Task InitializeMektepAsync(this WebApplication app, CancellationToken cancellationToken = default)
        => app.Services.GetRequiredService<SiteInitializer>().InitializeAsync(cancellationToken);

    /// <summary>Middleware, module endpoints and the Razor component pages of the engine and all modules.</summary>
    public static WebApplication UseMektep(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500", createScopeForErrors: true);
        }

        // Before routing and everything else: an anonymous visitor's public page answered from the copy last sent.
        app.UseMiddleware<Caching.PublicPageFrontMiddleware>();
        app.UseRouting();
        app.UseMiddleware<Caching.PublicPageKeepMiddleware>();
        // A fresh scope: a page that set 404 has already initialised this request's NavigationManager, and rendering
        // the error page in the same scope throws ("already initialized") and answers 500.
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        // Before anything (antiforgery, a page's form binding) reads the body.
        app.UseFormSizeLimit();
        // Authentication first: the person's saved language comes from their cookie's claims.
        app.UseAuthentication();
        app.UseRequestLocalization(options =>
        {
            options.AddSupportedCultures([.. SiteCultures.All]).AddSupportedUICultures([.. SiteCultures.All]);
            options.SetDefaultCulture(SiteCultures.Russian);
            options.RequestCultureProviders =
            [
                new UserPreferenceCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
                new SiteDefaultCultureProvider(),
            ];
            options.FallBackToParentUICultures = true;
        });
        // After localization (a copy per language) and authentication (signed-in requests bypass it).
        app.UseOutputCache();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseQueryValueValidation();
        // Last before the endpoint: it answers a signed-in page as the endpoint would, once everything above has run.
        app.UseMiddleware<Caching.PageShellMiddleware>();
        app.MapStaticAssets();

        HealthEndpoint.Map(app);
        Security.AccountEndpoints.Map(app);
        Media.MediaEndpoints.Map(app);
        Recipes.RecipeEndpoints.Map(app);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.All.Where(m => m.Startup is not null))
        {
            var group = app.MapGroup("");
            group.WithMetadata(new ModuleEndpointMetadata(module.Id));
            module.Startup!.Configure(group);
        }

        app.MapRazorComponents<App>()
            .AddAdditionalAssemblies([.. catalog.AdditionalComponentAssemblies])
            .Add(endpoint =>
            {
                // Tag each page with the module that owns it, so the page 404s while the module is disabled.
                var component = endpoint.Metadata.OfType<ComponentTypeMetadata>().LastOrDefault()?.Type;
                if (component is not null && catalog.ForAssembly(component.Assembly) is { } owner)
                {
                    endpoint.Metadata.Add(new ModuleEndpointMetadata(owner.Id));
                }
            });
        return app;
    }
}
