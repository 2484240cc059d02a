using System.Globalization;
using System.Text;

namespace Mektep.Reports;

/// <summary>
/// CSV the way spreadsheets read it: UTF-8 with a byte order mark (so Excel opens Cyrillic as it is), CRLF lines,
/// and a leading formula character defused with an apostrophe, so a name like <c>=HYPERLINK(...)</c> stays text.
/// </summary>
public static class CsvText
{
    /// <summary>Appends one line of <paramref name="cells"/>; <paramref name="quoteAll"/> quotes every cell, not only those that need it.</summary>
    public static void AppendLine(StringBuilder text, IEnumerable<string> cells, bool quoteAll = false)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            text.Append(Cell(cell, quoteAll));
            first = false;
        }

        text.Append("\r\n");
    }

    /// <summary>One cell: defused if it would start a formula (numbers stay numbers), quoted where needed.</summary>
    public static string Cell(string value, bool quoteAll = false)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return quoteAll || value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The file's bytes: a UTF-8 byte order mark, then the text.</summary>
    public static byte[] ToUtf8WithBom(StringBuilder text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
}
