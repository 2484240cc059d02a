using System.Text.Json;
using System.Text.RegularExpressions;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Engine.Localization;

/// <summary>Every UI string a project's components and services ask for has an entry in its kk, ru and en files.</summary>
public sealed partial class LocalizationFilesTests
{
    /// <summary>The engine (whose dictionary the themes share) and every module that has a Localization folder.</summary>
    public static TheoryData<string, string> Cultures()
    {
        var data = new TheoryData<string, string>();
        var modules = Directory.EnumerateDirectories(Path.Combine(TestPaths.RepositoryRoot(), "modules"))
            .Where(folder => Directory.Exists(Path.Combine(folder, "Localization")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        foreach (var area in modules.Prepend("engine"))
        {
            foreach (var culture in new[] { "kk", "ru", "en" })
            {
                data.Add(area!, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void LocalizationFiles_EveryUiString_IsTranslated(string area, string culture)
    {
        var root = TestPaths.RepositoryRoot();
        var (files, sources, extensions) = area switch
        {
            // Themes share the engine's dictionary.
            "engine" => (Path.Combine(root, "src", "Mektep.Engine"), new[] { Path.Combine(root, "src", "Mektep.Engine"), Path.Combine(root, "themes") }, new[] { ".razor" }),
            _ => (Path.Combine(root, "modules", area), new[] { Path.Combine(root, "modules", area) }, new[] { ".razor", ".cs" }),
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

    [GeneratedRegex("\\b[Tt]\\[\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex UiString();
}
