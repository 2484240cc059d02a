using Mektep.Data;
using Mektep.Engine.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Data;

/// <summary>
/// The site's one unit of work. The engine maps its own tables and Identity's; every module adds its
/// entities through <see cref="IDbModelContributor"/>. Tables are created by migrations, never by EF.
/// </summary>
public sealed class MektepDbContext(DbContextOptions<MektepDbContext> options)
    : IdentityDbContext<SiteUser, SiteRole, string>(options), IDataProtectionKeyContext
{
    private readonly DbModelContributors _contributors = options.FindExtension<DbModelContributors>()
        ?? throw new InvalidOperationException("MektepDbContext needs its options built by AddMektep (they carry the modules' model contributors).");

    /// <summary>Keys that protect cookies and antiforgery tokens, shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Identifies the set of contributors, so models built from different module sets are cached apart.</summary>
    internal string ModelKey => _contributors.Key;

    /// <summary>
    /// Set when the current transaction wrote content, so its commit empties the content cache. Contexts are pooled:
    /// one left set by a transaction that never ended costs its next user one needless emptying, nothing worse.
    /// </summary>
    internal bool ContentWritten { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<SiteUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(256);
            b.Property(u => u.NormalizedDisplayName).HasMaxLength(256);
            b.Property(u => u.PreferredCulture).HasMaxLength(16);
        });
        builder.Entity<SiteRole>(b => b.Property(r => r.Description).HasMaxLength(512));

        builder.Entity<ContentItemRecord>(b =>
        {
            b.ToTable("ContentItems");
            b.HasKey(r => r.Id);
            b.Property(r => r.Revision).IsConcurrencyToken();
            b.HasIndex(r => r.ContentItemVersionId).IsUnique();
        });
        builder.Entity<ContentDefinitionRecord>(b =>
        {
            b.ToTable("ContentDefinitions");
            b.HasKey(r => r.Name);
        });
        builder.Entity<FeatureRecord>(b =>
        {
            b.ToTable("Features");
            b.HasKey(r => r.ModuleId);
        });
        builder.Entity<DataProtectionKey>(b => b.ToTable("DataProtectionKeys"));
        builder.Entity<DataMigrationRecord>(b =>
        {
            b.ToTable("DataMigrations");
            b.HasKey(r => r.Name);
        });
        builder.Entity<SettingRecord>(b =>
        {
            b.ToTable("Settings");
            b.HasKey(r => r.Name);
        });

        builder.Entity<Recipes.RecipeRun>(b =>
        {
            b.ToTable("RecipeRuns");
            b.HasKey(r => r.Id);
        });

        Organisation.OrganisationModel.Configure(builder);

        foreach (var contributor in _contributors.All)
        {
            contributor.Configure(builder);
        }
    }
}
