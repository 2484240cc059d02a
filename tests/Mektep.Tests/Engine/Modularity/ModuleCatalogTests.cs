using Mektep.Engine.Modularity;
using Mektep.TestModule;

namespace Mektep.Tests.Engine.Modularity;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Describe_TestModule_ReadsManifestAndStartup()
    {
        var descriptor = ModuleCatalog.Describe(typeof(Startup).Assembly);

        Assert.NotNull(descriptor);
        Assert.Equal("Mektep.TestModule", descriptor.Id);
        Assert.Equal("Test module", descriptor.Info.Name);
        Assert.Equal("Testing", descriptor.Info.Category);
        Assert.False(descriptor.IsTheme);
        Assert.False(descriptor.Info.AlwaysEnabled);
        Assert.IsType<Startup>(descriptor.Startup);
    }

    [Fact]
    public void Describe_AssemblyWithoutManifest_ReturnsNull()
    {
        var descriptor = ModuleCatalog.Describe(typeof(ModuleCatalogTests).Assembly);

        Assert.Null(descriptor);
    }

    [Fact]
    public void Discover_TestDependencies_FindsTestModuleAndBothThemes()
    {
        var catalog = ModuleCatalog.Discover();

        Assert.NotNull(catalog.Find("Mektep.TestModule"));
        var themes = catalog.Themes.ToList();
        Assert.Contains(themes, t => t.Id == "Mektep.Themes.Admin" && t.Info.IsAdminTheme && t.Layout is not null);
        Assert.Contains(themes, t => t.Id == "Mektep.Themes.AkimsSchool" && !t.Info.IsAdminTheme && t.Layout is not null);
        Assert.DoesNotContain(catalog.All, m => m.Id == "Mektep.Tests");
        Assert.Same(catalog.Find("Mektep.TestModule"), catalog.ForAssembly(typeof(Startup).Assembly));
    }

    [Fact]
    public void Dependents_Chain_ListsDirectAndIndirectDependents()
    {
        var catalog = new ModuleCatalog(
        [
            ModuleDescriptor.ForTest("Media"),
            ModuleDescriptor.ForTest("Courses", "Media"),
            ModuleDescriptor.ForTest("Quizzes", "Courses"),
            ModuleDescriptor.ForTest("Forums"),
        ]);

        var dependents = catalog.Dependents("Media").Select(m => m.Id).ToList();

        Assert.Equal(["Courses", "Quizzes"], dependents);
        Assert.Empty(catalog.Dependents("Forums"));
    }

    [Fact]
    public void Find_AnyCase_FindsTheModule()
    {
        var catalog = new ModuleCatalog([ModuleDescriptor.ForTest("Media")]);

        var found = catalog.Find("MEDIA");

        Assert.NotNull(found);
        Assert.Null(catalog.Find("Courses"));
    }
}
