using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mektep.Tests.Modules.Courses;

public sealed partial class LocalizationFilesTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void CoursesFiles_EveryUiStringOfTheModule_IsTranslated(string culture)
    {
        var folder = Path.Combine(RepositoryRoot(), "modules", "Mektep.Courses");
        var translations = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(folder, "Localization", $"{culture}.json")))!;

        var missing = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => UiString().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct()
            .Where(key => !translations.ContainsKey(key))
            .ToList();

        Assert.Empty(missing);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrchardSite.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex("\\b[Tt]\\[\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex UiString();
}
