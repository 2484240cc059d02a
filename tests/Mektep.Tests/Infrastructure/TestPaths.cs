namespace Mektep.Tests.Infrastructure;

/// <summary>Places in the checkout that tests read from or write to.</summary>
public static class TestPaths
{
    /// <summary>The folder holding OrchardSite.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrchardSite.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
