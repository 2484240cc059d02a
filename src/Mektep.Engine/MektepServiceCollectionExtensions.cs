using System.Text.Encodings.Web;
using System.Text.Unicode;
using Mektep.Audit;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Display;
using Mektep.Email;
using Mektep.Engine.Audit;
using Mektep.Engine.Components.Fields;
using Mektep.Engine.Components.Parts;
using Mektep.Engine.Content;
using Mektep.Engine.Data;
using Mektep.Engine.Display;
using Mektep.Engine.Email;
using Mektep.Engine.Localization;
using Mektep.Engine.Modularity;
using Mektep.Engine.Security;
using Mektep.Engine.Settings;
using Mektep.Engine.Themes;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Recipes;
using Mektep.Security;
using Mektep.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Mektep.Engine;

/// <summary>Wires the engine and every discovered module into the host.</summary>
public static class MektepServiceCollectionExtensions
{
    /// <summary>How many used contexts the pool keeps for reuse: enough for the requests two cores serve at once.</summary>
    private const int ContextPoolSize = 128;

    /// <summary>Discovers modules from the application's deps.json, reads the database settings and registers everything.</summary>
    public static WebApplicationBuilder AddMektep(this WebApplicationBuilder builder)
    {
        var catalog = ModuleCatalog.Discover();
        var database = DatabaseOptions.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddMektep(catalog, database, builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }

    public static IServiceCollection AddMektep(this IServiceCollection services, ModuleCatalog catalog, DatabaseOptions database, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(database);
        services.AddSingleton<IDatabaseInfo>(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddTransient(typeof(Lazy<>), typeof(Hosting.LazyService<>));

        services.AddSingleton<Caching.ContentCache>();
        services.AddSingleton<IContentCache>(sp => sp.GetRequiredService<Caching.ContentCache>());
        services.AddSingleton<Caching.ContentCacheInvalidator>();
        services.AddHostedService<Caching.ContentChangeListener>();
        services.AddSingleton<DbModelContributors>();
        // Pooled: every request takes a context, and building one (with its EF service scope) showed in profiles; the
        // lesson page served about twice the requests with the pool. The pool keeps at most ContextPoolSize idle
        // contexts (EF's default, 1,024, would hold a burst's worth of change trackers for good).
        services.AddPooledDbContextFactory<MektepDbContext>((sp, options) =>
        {
            ConfigureDatabase(options, database);
            options.AddInterceptors(sp.GetRequiredService<Caching.ContentCacheInvalidator>());
            ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(sp.GetRequiredService<DbModelContributors>());
        }, ContextPoolSize);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<MektepDbContext>>().CreateDbContext());
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<MektepDbContext>());
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<SiteInitializer>();

        services.AddSingleton<FeatureManager>();
        services.AddSingleton<IFeatureManager>(sp => sp.GetRequiredService<FeatureManager>());
        services.AddSingleton<SiteSettingsStore>();
        services.AddSingleton<ISiteSettingsStore>(sp => sp.GetRequiredService<SiteSettingsStore>());
        services.AddSingleton<ContentDefinitionManager>();
        services.AddSingleton<IContentDefinitionManager>(sp => sp.GetRequiredService<ContentDefinitionManager>());
        services.AddSingleton<ContentPartCatalog>();
        services.AddSingleton<ContentTextIndex>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddScoped<IContentHandler, ContentAuditHandler>();
        services.AddSingleton<IDbModelContributor, AuditModel>();
        services.AddSingleton<PartComponentRegistry>();
        services.AddSingleton<FieldComponentRegistry>();
        services.AddScoped<ContentItemBinder>();
        services.AddScoped<Components.Pages.Admin.Content.ContentOwnerNames>();
        FieldComponentRegistry.AddBinders(services);
        services.AddScoped<ThemeAccessor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Routing.MatcherPolicy, ModuleEndpointMatcherPolicy>());

        services.AddContentPart<TitlePart>("Title", "A title that names the item in lists and links")
            .WithDisplay<TitlePartDisplay>()
            .WithEditor<TitlePartEditor, TitlePartBinder>();

        services.AddSingleton(new ShellComponents(typeof(Components.Layout.AdminMenu), typeof(Components.Layout.CulturePicker), typeof(Components.Layout.UserMenu)) { HeaderItems = typeof(Components.Layout.HeaderItems), Zone = typeof(Components.Layout.Zone), ContentView = typeof(Components.Content.ContentItemView) });
        services.AddScoped<PermissionCatalogAccessor>();
        EngineMenu.Add(services);
        AddIdentity(services);
        AddLocalization(services, catalog);
        AddEmail(services, configuration, contentRoot);
        Media.MediaEndpoints.AddServices(services, configuration, contentRoot);
        FormSizeLimit.AddServices(services, configuration);

        // Keys in the database: every node can read every other node's cookies, so no sticky sessions.
        services.AddDataProtection().SetApplicationName("Mektep").PersistKeysToDbContext<MektepDbContext>();
        // Kazakh and Russian text goes out as UTF-8, not as &#x...; entities (pages would be 4-8x heavier).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddOutputCache(options => options.AddPolicy(PublicPageCache.Policy, policy => policy
            .Expire(PublicPageCache.Lifetime)
            .VaryByValue(_ => new("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            .VaryByValue(context => new("site", context.RequestServices.GetRequiredService<Caching.SiteStamp>().Current))));
        services.AddAntiforgery();
        services.AddSingleton<Caching.PageShellStore>();
        services.AddSingleton<Caching.PublicPageCopies>();
        services.AddSingleton<Caching.SiteStamp>();
        services.Configure<Caching.PageShellOptions>(configuration.GetSection("PageShells"));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IViewerSlot, Components.Layout.UserMenuSlot>());
        services.AddProblemDetails();

        foreach (var module in catalog.All.Where(m => m.Startup is not null))
        {
            var before = services.Count;
            module.Startup!.ConfigureServices(services, configuration);
            TagRegistrations(services, before, module.Id);
        }

        return services;
    }

    private static void ConfigureDatabase(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3));
            options.AddInterceptors(NulCharacterInterceptor.Instance);
        }
        else
        {
            options.UseSqlite(database.ConnectionString);
        }

        options.ReplaceService<IModelCacheKeyFactory, ContributorModelCacheKeyFactory>();
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.Cookie.Name = "mektep.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // Identity's validator is resolved (with UserManager, SignInManager and a DbContext) on every signed-in
            // request only to find the cookie younger than the interval; checking its age first skips all that.
            options.Events.OnValidatePrincipal = context =>
            {
                var stamps = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
                var now = (stamps.TimeProvider ?? TimeProvider.System).GetUtcNow();
                return context.Properties.IssuedUtc is { } issued && now - issued <= stamps.ValidationInterval
                    ? Task.CompletedTask
                    : SecurityStampValidator.ValidatePrincipalAsync(context);
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A signed-in person without the permission gets a plain 403, never a redirect loop.
                context.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        }));

        // After the cookie handler's own post-configuration, which makes the format this one wraps.
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            if (options.TicketDataFormat is not CachedTicketFormat)
            {
                options.TicketDataFormat = new CachedTicketFormat(options.TicketDataFormat);
            }
        });

        services.AddIdentityCore<SiteUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = SignInThrottle.MaxFailuresPerAccount;
                options.Lockout.DefaultLockoutTimeSpan = SignInThrottle.Window;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<SiteRole>()
            .AddEntityFrameworkStores<MektepDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<SiteUserClaimsPrincipalFactory>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<RolePermissionCache>();
        services.AddSingleton<IPermissionProvider, EnginePermissionProvider>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<SetupService>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Organisation.OrganisationTree>();
        services.AddScoped<Organisation.PeopleDirectory>();
        services.AddScoped<People.IPeopleDirectory>(sp => sp.GetRequiredService<Organisation.PeopleDirectory>());
        services.AddScoped<People.IPeopleContacts, Organisation.PeopleContacts>();
        services.AddScoped<Organisation.LearnerImport>();
        services.AddScoped<Recipes.RecipeExecutor>();
        services.AddScoped<Recipes.RecipeRuns>();
        services.AddScoped<Recipes.RecipeExporter>();
        services.AddRecipeStep<Recipes.OrganisationRecipeStep>();
        services.AddRecipeStep<Recipes.UsersRecipeStep>();
        services.AddRecipeStep<Recipes.MediaRecipeStep>();
        services.AddRecipeStep<Recipes.ContentRecipeStep>();
        services.AddScoped<RoleAdministration>();
        services.AddCascadingAuthenticationState();
    }

    private static void AddLocalization(IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddSingleton(new JsonStringLocalizerFactory(catalog));
        services.AddSingleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.AddLocalization();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>()));
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["Mail:PickupFolder"] is { Length: > 0 } configured ? configured : Path.Combine(contentRoot, "App_Data", "mail");
        var from = configuration["Mail:From"] ?? "Mektep <no-reply@mektep.local>";
        services.TryAddSingleton<IEmailSender>(sp => new PickupFolderEmailSender(folder, from, sp.GetRequiredService<ILogger<PickupFolderEmailSender>>()));
    }

    /// <summary>Marks what a module registered with its id, so menus and parts vanish when it is disabled.</summary>
    private static void TagRegistrations(IServiceCollection services, int from, string moduleId)
    {
        for (var i = from; i < services.Count; i++)
        {
            services[i] = services[i].ImplementationInstance switch
            {
                AdminMenuItem r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                AccountLink r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                SiteHeaderItem r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                SiteZoneItem r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                ContentPartRegistration r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                PartDisplayRegistration r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                PartEditorRegistration r => ServiceDescriptor.Singleton(r with { ModuleId = moduleId }),
                _ => services[i],
            };
        }
    }
}
