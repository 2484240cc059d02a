using Mektep.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Data;

/// <summary>
/// The modules' model contributors of one site and the key that tells their model apart from another module set's.
/// It travels in the context's options rather than its constructor, because pooled contexts are made from options
/// alone: a context per request is then taken from a pool instead of built, with its EF services, every time.
/// </summary>
public sealed class DbModelContributors(IEnumerable<IDbModelContributor> contributors) : IDbContextOptionsExtension
{
    public IReadOnlyList<IDbModelContributor> All { get; } = [.. contributors];

    public string Key { get; } = string.Join('|', contributors.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));

    DbContextOptionsExtensionInfo IDbContextOptionsExtension.Info => field ??= new ExtensionInfo(this);

    void IDbContextOptionsExtension.ApplyServices(IServiceCollection services)
    {
        // Adds nothing to EF's own services: it only carries the contributors to the context.
    }

    void IDbContextOptionsExtension.Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DbModelContributors extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        // The contributors shape the model (keyed apart by ContributorModelCacheKeyFactory), not EF's service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            => debugInfo["Mektep:ModelContributors"] = extension.Key;
    }
}
