using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mektep.Certificates.Services;

/// <summary>
/// Gives sequential numbers per year (<c>2026-000123</c>). The counter row is bumped with one upsert inside the
/// caller's transaction: it locks the row until commit, so issuers take turns and a rolled-back issue gives its
/// number back.
/// </summary>
public static class CertificateNumbers
{
    private const string Sql = "INSERT INTO \"CertificateCounters\" (\"Year\", \"LastNumber\") VALUES (@year, @count) "
        + "ON CONFLICT (\"Year\") DO UPDATE SET \"LastNumber\" = \"CertificateCounters\".\"LastNumber\" + @count RETURNING \"LastNumber\"";

    /// <summary>Reserves <paramref name="count"/> numbers of <paramref name="year"/>; returns them in order.</summary>
    public static async Task<IReadOnlyList<string>> ReserveAsync(DbContext db, int year, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "year", year);
        Add(command, "count", count);
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(last - count + 1, count).Select(n => Format(year, n))];
    }

    public static string Format(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{number:D6}");

    private static void Add(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
