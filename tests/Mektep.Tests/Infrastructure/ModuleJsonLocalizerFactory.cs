using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Mektep.Tests.Infrastructure;

/// <summary>
/// Reads one module's own embedded Localization/{culture}.json for the current UI culture, so a component test
/// sees the module's real translations and a missing key shows as the English text.
/// </summary>
public abstract class ModuleJsonLocalizerFactory(Assembly module) : IStringLocalizerFactory
{
    private readonly Dictionary<string, Dictionary<string, string>> _files = new[] { "kk", "ru", "en" }.ToDictionary(c => c, c => Read(module, c));

    public IStringLocalizer Create(Type resourceSource) => new Localizer(_files);

    public IStringLocalizer Create(string baseName, string location) => new Localizer(_files);

    private static Dictionary<string, string> Read(Assembly module, string culture)
    {
        var name = $"{module.GetName().Name}.Localization.{culture}.json";
        using var stream = module.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"No {name} in the module.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private sealed class Localizer(Dictionary<string, Dictionary<string, string>> files) : IStringLocalizer
    {
        public LocalizedString this[string name]
            => files.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var file) && file.TryGetValue(name, out var value)
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
