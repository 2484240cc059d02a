using System.Globalization;

namespace Mektep.Initiatives.Services;

/// <summary>Months stored as one integer, year * 12 + month - 1, so that "end not before start" is a comparison.</summary>
public static class Months
{
    public static int? Parse(string? text)
        => DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100
            ? (date.Year * 12) + date.Month - 1
            : null;

    public static string Format(int month) => $"{month / 12:0000}-{(month % 12) + 1:00}";

    public static string Display(int month)
        => month == 0 ? "" : new DateTime(month / 12, (month % 12) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", CultureInfo.CurrentCulture);
}
