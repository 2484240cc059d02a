using System.Globalization;
using System.Text;

namespace Mektep.Quizzes.Grading;

/// <summary>
/// Makes two typed answers comparable: case, spacing and trailing full stops do not matter; ё is е; a Latin letter
/// typed by mistake inside a Cyrillic word (a Latin "а" in "алма") reads as its Cyrillic twin; and the Kazakh letters a
/// Russian keyboard lacks (ә ғ қ ң ө ұ ү һ і) read as the Russian letters people type instead (а г к н о у у х и).
/// </summary>
public static class TextNormalizer
{
    private static readonly Dictionary<char, char> LatinToCyrillic = new()
    {
        ['A'] = 'а',
        ['a'] = 'а',
        ['B'] = 'в',
        ['C'] = 'с',
        ['c'] = 'с',
        ['E'] = 'е',
        ['e'] = 'е',
        ['H'] = 'н',
        ['h'] = 'һ',
        ['I'] = 'і',
        ['i'] = 'і',
        ['K'] = 'к',
        ['k'] = 'к',
        ['M'] = 'м',
        ['O'] = 'о',
        ['o'] = 'о',
        ['P'] = 'р',
        ['p'] = 'р',
        ['T'] = 'т',
        ['X'] = 'х',
        ['x'] = 'х',
        ['Y'] = 'у',
        ['y'] = 'у',
        ['\u0259'] = 'ә',
        ['\u018F'] = 'ә',
    };

    private static readonly Dictionary<char, char> KazakhToRussian = new()
    {
        ['ә'] = 'а',
        ['ғ'] = 'г',
        ['қ'] = 'к',
        ['ң'] = 'н',
        ['ө'] = 'о',
        ['ұ'] = 'у',
        ['ү'] = 'у',
        ['һ'] = 'х',
        ['і'] = 'и',
        ['ё'] = 'е',
    };

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var words = text.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(NormalizeWord)
            .Where(w => w.Length > 0);
        return string.Join(' ', words).TrimEnd('.', '!', '?', ' ');
    }

    private static string NormalizeWord(string word)
    {
        var cyrillic = word.Any(IsCyrillic);
        var builder = new StringBuilder(word.Length);
        foreach (var original in word)
        {
            var c = cyrillic && LatinToCyrillic.TryGetValue(original, out var twin) ? twin : original;
            c = char.ToLower(c, CultureInfo.InvariantCulture);
            builder.Append(KazakhToRussian.GetValueOrDefault(c, c));
        }

        return builder.ToString();
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
