using FluentMigrator.Builders.Alter.Table;
using FluentMigrator.Builders.Create.Table;

namespace Mektep.Data;

/// <summary>Column helpers that map the same way on SQLite and PostgreSQL.</summary>
public static class MigrationExtensions
{
    /// <summary>
    /// A UTC moment: <c>timestamptz</c> on PostgreSQL, ISO text on SQLite (sortable, and what EF Core's SQLite provider writes).
    /// </summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsUtcDateTime(this ICreateTableColumnAsTypeSyntax column)
        => column.AsCustom(UtcDateTimeType);

    /// <inheritdoc cref="AsUtcDateTime(ICreateTableColumnAsTypeSyntax)"/>
    public static IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax AsUtcDateTime(this IAlterTableColumnAsTypeSyntax column)
        => column.AsCustom(UtcDateTimeType);

    /// <summary>
    /// Both engines accept this name: PostgreSQL knows <c>timestamptz</c> and SQLite gives any unknown type
    /// name NUMERIC affinity, which stores EF Core's ISO strings as text unchanged.
    /// </summary>
    public const string UtcDateTimeType = "timestamptz";
}
