using System.Globalization;
using System.Text;
using Mektep.Data;
using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Content;

/// <summary>
/// Full-text index of content versions: SQLite FTS5 or a PostgreSQL tsvector with a GIN index, never a LIKE
/// scan. Text is lower-cased here rather than by the database, because a PostgreSQL cluster in the C locale
/// does not lower-case Cyrillic.
/// </summary>
public sealed class ContentTextIndex(DatabaseOptions database)
{
    public const int MaxWords = 8;

    public async Task UpdateAsync(DbContext db, long documentId, string? text, CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM ContentTextFts WHERE rowid = {documentId}", cancellationToken);
            if (text is not null)
            {
                var normalized = Normalize(text);
                await db.Database.ExecuteSqlAsync($"INSERT INTO ContentTextFts (rowid, Text) VALUES ({documentId}, {normalized})", cancellationToken);
            }
        }
        else if (text is null)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"ContentText\" WHERE \"DocumentId\" = {documentId}", cancellationToken);
        }
        else
        {
            var normalized = Normalize(text);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"ContentText\" (\"DocumentId\", \"Text\") VALUES ({documentId}, {normalized}) ON CONFLICT (\"DocumentId\") DO UPDATE SET \"Text\" = EXCLUDED.\"Text\"",
                cancellationToken);
        }
    }

    /// <summary>The ids of documents matching every word of the search (as prefixes), as a composable query.</summary>
    public IQueryable<ContentItemRecord>? Match(MektepDbContext db, string search)
    {
        var words = Words(search);
        if (words.Count == 0)
        {
            return null;
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var query = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
            return db.Set<ContentItemRecord>().FromSql($"SELECT * FROM \"ContentItems\" WHERE \"Id\" IN (SELECT rowid FROM ContentTextFts WHERE ContentTextFts MATCH {query})");
        }

        var tsQuery = string.Join(" & ", words.Select(w => $"{w}:*"));
        return db.Set<ContentItemRecord>().FromSql($"SELECT * FROM \"ContentItems\" WHERE \"Id\" IN (SELECT \"DocumentId\" FROM \"ContentText\" WHERE \"Vector\" @@ to_tsquery('simple', {tsQuery}))");
    }

    /// <summary>The search's words: letters and digits only, lower-cased, so no query syntax gets through.</summary>
    public static IReadOnlyList<string> Words(string search)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Normalize(search).Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        return [.. words.Distinct().Take(MaxWords)];
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
