using System.Text;
using CsvHelper;

namespace Mektep.Engine.Organisation;

/// <summary>Reads a learners CSV file: UTF-8 only, comma or semicolon separated, an optional English header row.</summary>
public static class LearnerCsv
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The columns in order; a first row holding these words is a header and is skipped.</summary>
    public static readonly IReadOnlyList<string> Columns = ["name", "email", "phone", "region", "district", "rural district", "language"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when its bytes are not valid UTF-8 (a Windows-1251 export, for one).</summary>
    public static string? Decode(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Every data record with its line number; the header row, if any, is left out.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var options = CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true };
        using var reader = CsvReader.FromText(text, options);
        var records = new List<CsvRecord>();
        var first = true;
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? "";
            }

            if (first && IsHeader(fields))
            {
                first = false;
                continue;
            }

            first = false;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            records.Add(new CsvRecord((int)reader.LineNumber, fields));
        }

        return records;
    }

    private static bool IsHeader(string[] fields)
        => fields.Length > 1
            && string.Equals(fields[0].Trim(), Columns[0], StringComparison.OrdinalIgnoreCase)
            && string.Equals(fields[1].Trim(), Columns[1], StringComparison.OrdinalIgnoreCase);
}

/// <summary>One record of the file and the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index < Fields.Count ? Fields[index].Trim() : "";
}
