namespace Mektep.Quizzes.Models;

/// <summary>One text in several cultures (kk, ru, en), keyed by culture; a reader gets theirs or the first one written.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public static LocalizedText Of(string culture, string text) => new() { [culture] = text };

    public string For(string culture)
        => TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text)
            ? text
            : Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";
}
