using Mektep.Engine.Modularity;

namespace Mektep.Tests.Engine.Modularity;

public sealed class ModuleSorterTests
{
    [Fact]
    public void Sort_Dependencies_ComeBeforeTheirDependents()
    {
        var modules = new[]
        {
            ModuleDescriptor.ForTest("Quizzes", "Courses", "Media"),
            ModuleDescriptor.ForTest("Courses", "Media"),
            ModuleDescriptor.ForTest("Media"),
        };

        var sorted = ModuleSorter.Sort(modules).Select(m => m.Id).ToList();

        Assert.Equal(["Media", "Courses", "Quizzes"], sorted);
    }

    [Fact]
    public void Sort_InputInAnyOrder_GivesTheSameOrder()
    {
        var modules = new[]
        {
            ModuleDescriptor.ForTest("Zeta"),
            ModuleDescriptor.ForTest("Alpha"),
            ModuleDescriptor.ForTest("Beta", "Zeta"),
            ModuleDescriptor.ForTest("Gamma"),
        };

        var forward = ModuleSorter.Sort(modules).Select(m => m.Id).ToList();
        var backward = ModuleSorter.Sort(modules.Reverse()).Select(m => m.Id).ToList();

        Assert.Equal(["Alpha", "Zeta", "Beta", "Gamma"], forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Sort_MissingDependency_NamesBothModules()
    {
        var modules = new[] { ModuleDescriptor.ForTest("Quizzes", "Courses") };

        var error = Assert.Throws<ModuleDependencyException>(() => ModuleSorter.Sort(modules));

        Assert.Contains("'Quizzes'", error.Message);
        Assert.Contains("'Courses'", error.Message);
    }

    [Fact]
    public void Sort_Cycle_ShowsThePath()
    {
        var modules = new[]
        {
            ModuleDescriptor.ForTest("A", "B"),
            ModuleDescriptor.ForTest("B", "C"),
            ModuleDescriptor.ForTest("C", "A"),
        };

        var error = Assert.Throws<ModuleDependencyException>(() => ModuleSorter.Sort(modules));

        Assert.Contains("A -> B -> C -> A", error.Message);
    }

    [Fact]
    public void Sort_SelfDependency_IsACycle()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => ModuleSorter.Sort([ModuleDescriptor.ForTest("A", "A")]));

        Assert.Contains("A -> A", error.Message);
    }

    [Fact]
    public void Sort_DuplicateId_IsRefused()
    {
        var modules = new[] { ModuleDescriptor.ForTest("Media"), ModuleDescriptor.ForTest("media") };

        var error = Assert.Throws<ModuleDependencyException>(() => ModuleSorter.Sort(modules));

        Assert.Contains("'media'", error.Message);
        Assert.Contains("twice", error.Message);
    }
}
