using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Modules.Quizzes.Components;

/// <summary>Reads the Quizzes module's own embedded Localization/{culture}.json for the current UI culture.</summary>
public sealed class QuizzesJsonLocalizerFactory : IStringLocalizerFactory
{
    private static readonly Dictionary<string, Dictionary<string, string>> Files = new[] { "kk", "ru", "en" }.ToDictionary(c => c, Read);

    public IStringLocalizer Create(Type resourceSource) => new Localizer();

    public IStringLocalizer Create(string baseName, string location) => new Localizer();

    private static Dictionary<string, string> Read(string culture)
    {
        var assembly = typeof(Mektep.Quizzes.Startup).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Mektep.Quizzes.Localization.{culture}.json")
            ?? throw new InvalidOperationException($"No {culture}.json in the module.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private sealed class Localizer : IStringLocalizer
    {
        public LocalizedString this[string name]
            => Files.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var file) && file.TryGetValue(name, out var value)
                ? new LocalizedString(name, value)
                : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var text = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
