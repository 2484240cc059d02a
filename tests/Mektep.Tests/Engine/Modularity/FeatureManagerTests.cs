using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.Engine.Modularity;
using Mektep.Modules;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Modularity;

public sealed class FeatureManagerTests
{
    private static readonly ModuleCatalog Catalog = new(
    [
        new ModuleDescriptor(new ModuleInfo("Core", "Core", "", "Engine", [], AlwaysEnabled: true, IsTheme: false, IsAdminTheme: false), null, null),
        ModuleDescriptor.ForTest("Media", "Core"),
        ModuleDescriptor.ForTest("Courses", "Media"),
        ModuleDescriptor.ForTest("Quizzes", "Courses"),
        ModuleDescriptor.ForTest("Forums"),
    ]);

    [Theory, Providers]
    public async Task SetEnabled_DisableModule_DisablesItsDependents(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var features = NewManager(site, new ManualTimeProvider());

        await features.SetEnabledAsync("Media", false);

        Assert.False(features.IsEnabled("Media"));
        Assert.False(features.IsEnabled("Courses"));
        Assert.False(features.IsEnabled("Quizzes"));
        Assert.True(features.IsEnabled("Forums"));
        Assert.True(features.IsEnabled("Core"));
    }

    [Theory, Providers]
    public async Task SetEnabled_EnableModule_EnablesItsDependencies(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var features = NewManager(site, new ManualTimeProvider());
        await features.SetEnabledAsync("Media", false);

        await features.SetEnabledAsync("Quizzes", true);

        Assert.True(features.IsEnabled("Media"));
        Assert.True(features.IsEnabled("Courses"));
        Assert.True(features.IsEnabled("Quizzes"));
    }

    [Theory, Providers]
    public async Task SetEnabled_AlwaysEnabledModule_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var features = NewManager(site, new ManualTimeProvider());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => features.SetEnabledAsync("Core", false));

        Assert.Contains("cannot be disabled", error.Message);
        Assert.True(features.IsEnabled("Core"));
        Assert.True(features.IsEnabled("Media"));
    }

    [Theory, Providers]
    public async Task SetEnabled_UnknownModule_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var features = NewManager(site, new ManualTimeProvider());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => features.SetEnabledAsync("Nope", false));

        Assert.Contains("'Nope'", error.Message);
    }

    [Theory, Providers]
    public async Task SetEnabled_Disable_IsStoredInTheDatabase(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await NewManager(site, new ManualTimeProvider()).SetEnabledAsync("Courses", false);

        var fresh = NewManager(site, new ManualTimeProvider());

        Assert.False(fresh.IsEnabled("Courses"));
        Assert.False(fresh.IsEnabled("Quizzes"));
        Assert.True(fresh.IsEnabled("Media"));
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<MektepDbContext>>().CreateDbContextAsync();
        var disabled = await db.Set<FeatureRecord>().Where(f => !f.Enabled).Select(f => f.ModuleId).OrderBy(id => id).ToListAsync();
        Assert.Equal(["Courses", "Quizzes"], disabled);
    }

    [Theory, Providers]
    public async Task IsEnabled_OtherNodeChangesState_SeenAfterRefreshInterval(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var clock = new ManualTimeProvider();
        var nodeA = NewManager(site, new ManualTimeProvider());
        var nodeB = NewManager(site, clock);
        Assert.True(nodeB.IsEnabled("Forums"));

        await nodeA.SetEnabledAsync("Forums", false);
        var beforeRefresh = nodeB.IsEnabled("Forums");
        clock.Advance(TimeSpan.FromSeconds(6));
        var afterRefresh = nodeB.IsEnabled("Forums");

        Assert.True(beforeRefresh);
        Assert.False(afterRefresh);
    }

    [Theory, Providers]
    public async Task SetEnabled_HostManager_DisablesTheTestModule(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var features = site.Services.GetRequiredService<IFeatureManager>();

        await features.SetEnabledAsync("Mektep.TestModule", false);

        Assert.False(features.IsEnabled("Mektep.TestModule"));
    }

    private static FeatureManager NewManager(SiteFactory site, TimeProvider clock)
        => new(Catalog, site.Services.GetRequiredService<IDbContextFactory<MektepDbContext>>(), clock);
}
