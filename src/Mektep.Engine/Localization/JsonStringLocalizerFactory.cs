using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Mektep.Engine.Modularity;
using Microsoft.Extensions.Localization;

namespace Mektep.Engine.Localization;

/// <summary>
/// UI strings from <c>Localization/{culture}.json</c> files embedded in the engine and each module (English
/// text is the key). All files merge into one site-wide dictionary per culture, so a module can reuse the
/// engine's words. A key with no translation is recorded in <see cref="Misses"/> for tests.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;
    private readonly JsonStringLocalizer _localizer;

    public JsonStringLocalizerFactory(ModuleCatalog catalog)
    {
        var assemblies = new[] { typeof(JsonStringLocalizerFactory).Assembly }.Concat(catalog.Assemblies).Distinct();
        var merged = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            foreach (var (culture, strings) in Read(assembly))
            {
                if (!merged.TryGetValue(culture, out var target))
                {
                    merged[culture] = target = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                foreach (var (key, value) in strings)
                {
                    target.TryAdd(key, value);
                }
            }
        }

        _byCulture = merged.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        _localizer = new JsonStringLocalizer(this);
    }

    /// <summary>Keys asked for in a culture that had no translation (culture, key).</summary>
    public ConcurrentDictionary<(string Culture, string Key), int> Misses { get; } = new();

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;

    public IReadOnlyCollection<string> Keys(string culture)
        => _byCulture.TryGetValue(culture, out var strings) ? strings.Keys : [];

    internal string? Find(string culture, string key)
    {
        if (_byCulture.TryGetValue(culture, out var strings) && strings.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!culture.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            Misses.TryAdd((culture, key), 0);
        }

        return null;
    }

    private static IEnumerable<(string Culture, Dictionary<string, string> Strings)> Read(Assembly assembly)
    {
        var prefix = assembly.GetName().Name + ".Localization.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var culture = name[prefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Resource '{name}' is not a JSON object of strings.");
            yield return (culture, strings);
        }
    }

    private sealed class JsonStringLocalizer(JsonStringLocalizerFactory factory) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                var value = factory.Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, name);
                return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var text = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
            => factory.Keys(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(k => this[k]);
    }
}
