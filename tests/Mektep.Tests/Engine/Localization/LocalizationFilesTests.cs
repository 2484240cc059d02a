using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mektep.Tests.Engine.Localization;

public sealed partial class LocalizationFilesTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void EngineFiles_EveryUiStringOfEngineAndThemes_IsTranslated(string culture)
    {
        var root = RepositoryRoot();
        var translations = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(root, "src", "Mektep.Engine", "Localization", $"{culture}.json")))!;

        var missing = new[] { Path.Combine(root, "src", "Mektep.Engine"), Path.Combine(root, "themes") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.razor", SearchOption.AllDirectories))
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

    [GeneratedRegex("T\\[\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex UiString();
}
