using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mektep.Tests.Engine.Localization;

/// <summary>Every UI string a project's components and services ask for has an entry in its kk, ru and en files.</summary>
public sealed partial class LocalizationFilesTests
{
    public static readonly TheoryData<string, string> Cultures = new()
    {
        { "engine", "kk" }, { "engine", "ru" }, { "engine", "en" },
        { "courses", "kk" }, { "courses", "ru" }, { "courses", "en" },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void LocalizationFiles_EveryUiString_IsTranslated(string area, string culture)
    {
        var root = RepositoryRoot();
        var (files, sources, extensions) = area switch
        {
            // Themes share the engine's dictionary.
            "engine" => (Path.Combine(root, "src", "Mektep.Engine"), new[] { Path.Combine(root, "src", "Mektep.Engine"), Path.Combine(root, "themes") }, new[] { ".razor" }),
            _ => (Path.Combine(root, "modules", "Mektep.Courses"), new[] { Path.Combine(root, "modules", "Mektep.Courses") }, new[] { ".razor", ".cs" }),
        };
        var translations = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(files, "Localization", $"{culture}.json")))!;

        var missing = sources
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(file => extensions.Any(e => file.EndsWith(e, StringComparison.Ordinal)))
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
