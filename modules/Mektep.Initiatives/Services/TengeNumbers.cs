using System.Globalization;

namespace Mektep.Initiatives.Services;

/// <summary>
/// Reads numbers the way people write them in kk and ru (and en): spaces, no-break spaces and thin spaces between
/// digit groups ("1 500 000"), a comma or a dot before decimals ("2,5"). Words ("2,5 млн") are not understood.
/// </summary>
public static class TengeNumbers
{
    /// <summary>The largest cost or income accepted: one trillion tenge.</summary>
    public const long MaxTenge = 1_000_000_000_000;

    public const int MaxJobs = 100_000;

    /// <summary>Parses an amount in tenge; decimals (at most two) are rounded to whole tenge.</summary>
    public static NumberResult ParseTenge(string? text, long max = MaxTenge)
    {
        var result = Parse(text, allowFraction: true);
        return result.Error is not null ? result : Check(result.Value, max);
    }

    /// <summary>Parses a whole count such as jobs.</summary>
    public static NumberResult ParseCount(string? text, long max = MaxJobs)
    {
        var result = Parse(text, allowFraction: false);
        return result.Error is not null ? result : Check(result.Value, max);
    }

    /// <summary>Writes an amount with no-break spaces between groups of three digits: "1 500 000".</summary>
    public static string Format(long value)
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberGroupSeparator = "\u00A0";
        return value.ToString("#,0", format);
    }

    private static NumberResult Check(long value, long max)
        => value < 0 ? NumberResult.Fail(NumberError.Negative)
            : value > max ? NumberResult.Fail(NumberError.TooLarge)
            : NumberResult.Ok(value);

    private static NumberResult Parse(string? text, bool allowFraction)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NumberResult.Fail(NumberError.Missing);
        }

        var s = text.Trim();
        var negative = false;
        if (s[0] is '-' or '\u2212')
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        var whole = new System.Text.StringBuilder();
        var fraction = new System.Text.StringBuilder();
        var inFraction = false;
        var lastWasSpace = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                (inFraction ? fraction : whole).Append(c);
                lastWasSpace = false;
            }
            else if (IsGroupSpace(c) && !inFraction && whole.Length > 0 && !lastWasSpace)
            {
                lastWasSpace = true;
            }
            else if (c is ',' or '.' && !inFraction && whole.Length > 0 && !lastWasSpace)
            {
                inFraction = true;
            }
            else
            {
                return NumberResult.Fail(NumberError.NotANumber);
            }
        }

        if (whole.Length == 0 || lastWasSpace || (inFraction && fraction.Length == 0))
        {
            return NumberResult.Fail(NumberError.NotANumber);
        }

        if (fraction.Length > 0 && !allowFraction)
        {
            return NumberResult.Fail(NumberError.NotWhole);
        }

        if (fraction.Length > 2)
        {
            return NumberResult.Fail(NumberError.TooManyDecimals);
        }

        // More than 18 digits cannot be a sane amount and would overflow a long.
        var digits = whole.ToString().TrimStart('0');
        if (digits.Length > 18)
        {
            return NumberResult.Fail(negative ? NumberError.Negative : NumberError.TooLarge);
        }

        var value = digits.Length == 0 ? 0 : long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (fraction.Length > 0 && int.Parse(fraction.ToString().PadRight(2, '0'), NumberStyles.None, CultureInfo.InvariantCulture) >= 50)
        {
            value++;
        }

        if (negative && (value > 0 || fraction.ToString().Any(c => c != '0')))
        {
            return NumberResult.Fail(NumberError.Negative);
        }

        return NumberResult.Ok(value);
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';
}

public enum NumberError
{
    Missing,

    NotANumber,

    NotWhole,

    TooManyDecimals,

    Negative,

    TooLarge,
}

/// <summary>A parsed number or why it could not be read.</summary>
public readonly record struct NumberResult(long Value, NumberError? Error)
{
    public static NumberResult Ok(long value) => new(value, null);

    public static NumberResult Fail(NumberError error) => new(0, error);
}
