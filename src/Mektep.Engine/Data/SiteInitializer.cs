using System.Security.Claims;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mektep.Engine.Data;

/// <summary>
/// Brings a database up to date at start-up: schema migrations, standard roles and their default grants,
/// modules' data migrations, and the first administrator when configuration names one. Safe to run on
/// several nodes at once: on PostgreSQL they take turns under an advisory lock.
/// </summary>
public sealed class SiteInitializer(
    IServiceScopeFactory scopes,
    SchemaMigrator schema,
    DatabaseOptions database,
    IEnumerable<DataMigrationRegistration> dataMigrations,
    PermissionCatalog permissions,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<SiteInitializer> logger)
{
    // Any constant works; it only has to be the same on every node.
    private const long InitializationLock = 7_318_221_509;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        schema.CheckConnection();
        // Building the model of every module's entities takes most of a second and needs no database: it runs beside
        // the schema migration (which has its own runner and connection) instead of after it, the first query's wait.
        var model = Task.Run(BuildModel, cancellationToken);
        await using var lockConnection = database.Provider == DatabaseProvider.PostgreSql ? new NpgsqlConnection(database.ConnectionString) : null;
        if (lockConnection is not null)
        {
            await lockConnection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({InitializationLock})", lockConnection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            schema.MigrateUp();
            await model;
            await using var scope = scopes.CreateAsyncScope();
            await EnsureRolesAsync(scope.ServiceProvider, cancellationToken);
            await RunDataMigrationsAsync(scope.ServiceProvider, cancellationToken);
            await EnsureConfiguredAdministratorAsync(scope.ServiceProvider);
            await RunFirstRecipeAsync(cancellationToken);
        }
        finally
        {
            // Disposing a pooled connection keeps its session, and with it the lock: other nodes would wait
            // until the pool pruned it. Release it explicitly.
            if (lockConnection is not null)
            {
                await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({InitializationLock})", lockConnection);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    private void BuildModel()
    {
        using var scope = scopes.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<MektepDbContext>().Model;
    }

    private async Task EnsureRolesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<SiteRole>>();
        var db = services.GetRequiredService<MektepDbContext>();
        foreach (var name in StandardRoles.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                Check(await roles.CreateAsync(new SiteRole { Name = name }), $"create role {name}");
            }
        }

        // Default grants are applied once per (role, permission), so an administrator's later revoke sticks.
        var applied = await db.Set<DataMigrationRecord>().Where(r => r.Name.StartsWith("grant:")).Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var (roleName, permission) in permissions.DefaultGrants)
        {
            var marker = $"grant:{roleName}:{permission.Name}";
            if (applied.Contains(marker))
            {
                continue;
            }

            // A module may bring a role of its own (the initiatives' Reviewer): it is made with its first grant.
            if (await roles.FindByNameAsync(roleName) is null)
            {
                Check(await roles.CreateAsync(new SiteRole { Name = roleName }), $"create role {roleName}");
            }

            if (await roles.FindByNameAsync(roleName) is { } role)
            {
                var claims = await roles.GetClaimsAsync(role);
                if (!claims.Any(c => c.Type == SiteRole.PermissionClaimType && c.Value == permission.Name))
                {
                    Check(await roles.AddClaimAsync(role, new Claim(SiteRole.PermissionClaimType, permission.Name)), $"grant {permission.Name} to {roleName}");
                }
            }

            db.Add(new DataMigrationRecord { Name = marker, Version = 1, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task RunDataMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MektepDbContext>();
        foreach (var registration in dataMigrations)
        {
            var name = registration.MigrationType.FullName!;
            var record = await db.Set<DataMigrationRecord>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
            var migration = (DataMigration)services.GetRequiredService(registration.MigrationType);
            var steps = migration.Steps;
            for (var version = record?.Version ?? 0; version < steps.Count; version++)
            {
                await steps[version](cancellationToken);
                if (record is null)
                {
                    record = new DataMigrationRecord { Name = name };
                    db.Add(record);
                }

                record.Version = version + 1;
                record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Data migration {Name} is at step {Version}.", name, version + 1);
            }
        }
    }

    /// <summary>Creates the administrator named by Setup:AdminEmail and Setup:AdminPassword when the site has none.</summary>
    /// <summary>
    /// Runs the recipe named by <c>Recipes:FirstRun</c> (a path under the content root) once, on a site that has no
    /// content yet: the embedded default starts as a real school instead of an empty one. A recipe with problems
    /// stops the start-up with them, since the site would otherwise start half-made.
    /// </summary>
    private async Task RunFirstRecipeAsync(CancellationToken cancellationToken)
    {
        const string Marker = "recipe:first-run";
        var path = configuration["Recipes:FirstRun"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        if (await db.Set<DataMigrationRecord>().AnyAsync(r => r.Name == Marker, cancellationToken))
        {
            return;
        }

        if (!await db.Set<ContentItemRecord>().AnyAsync(cancellationToken))
        {
            var file = Path.Combine(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().ContentRootPath, path);
            var result = await scope.ServiceProvider.GetRequiredService<Recipes.RecipeExecutor>().RunAsync(await File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The first-run recipe {file} has problems:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
            }

            logger.LogInformation("Ran the first-run recipe {File}: {Summary}", file, string.Join(" ", result.Plan.Summary));
        }

        db.Add(new DataMigrationRecord { Name = Marker, Version = 1, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureConfiguredAdministratorAsync(IServiceProvider services)
    {
        var email = configuration["Setup:AdminEmail"];
        var password = configuration["Setup:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        var setup = services.GetRequiredService<SetupService>();
        if (await setup.HasAdministratorAsync())
        {
            return;
        }

        var result = await setup.CreateAdministratorAsync(email, configuration["Setup:AdminName"] ?? "Administrator", password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Setup:AdminPassword was refused: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogWarning("Created the administrator {Email} from configuration. Remove Setup:AdminPassword from the environment now.", email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
