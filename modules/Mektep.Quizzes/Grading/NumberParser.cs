using System.Globalization;

namespace Mektep.Quizzes.Grading;

/// <summary>
/// Reads a number the way people in Kazakhstan write one: a comma or a point before the fraction ("2,5", "2.5"),
/// digits grouped by threes with an ordinary, no-break, narrow no-break or thin space ("1 500", "1 500,75"), an
/// optional sign. Anything else, such as "1.500.000", "1,500.75", "15 00" or "2,5,1", is refused rather than guessed.
/// </summary>
public static class NumberParser
{
    private const int MaxLength = 64;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        var s = text.Trim();
        var negative = false;
        if (s[0] is '-' or '\u2212' or '+')
        {
            negative = s[0] != '+';
            s = s[1..].TrimStart();
        }

        if (s.Length == 0)
        {
            return false;
        }

        var separators = s.Count(c => c is ',' or '.');
        if (separators > 1)
        {
            return false;
        }

        var cut = s.IndexOfAny([',', '.']);
        var whole = cut < 0 ? s : s[..cut];
        var fraction = cut < 0 ? "" : s[(cut + 1)..];
        if ((cut >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var groups = whole.Split([' ', '\u00A0', '\u202F', '\u2009']);
        if (groups.Length == 0 || groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return whole.Length == 0 && fraction.Length > 0 && TryCompose("0", fraction, negative, out value);
        }

        if (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }

        return TryCompose(string.Concat(groups), fraction, negative, out value);
    }

    private static bool TryCompose(string whole, string fraction, bool negative, out decimal value)
    {
        var invariant = fraction.Length == 0 ? whole : whole + "." + fraction;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }
}
