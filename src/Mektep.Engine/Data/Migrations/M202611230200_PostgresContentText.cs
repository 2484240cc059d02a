using FluentMigrator;

namespace Mektep.Engine.Data.Migrations;

/// <summary>
/// Creates the PostgreSQL full-text table that <see cref="M202611230001_EngineTables"/> meant to create: its
/// <c>IfDatabase("Postgres")</c> does not match the processor FluentMigrator reports ("PostgreSQL..."), so the
/// table was skipped. Idempotent, so it is harmless once that migration is fixed; it can go after the first release.
/// </summary>
[Migration(2026_11_23_0200)]
public sealed class M202611230200_PostgresContentText : Migration
{
    public override void Up()
        => IfDatabase(IsPostgres).Execute.Sql(
            """
            CREATE TABLE IF NOT EXISTS "ContentText" (
              "DocumentId" bigint PRIMARY KEY REFERENCES "ContentItems" ("Id") ON DELETE CASCADE,
              "Text" text NOT NULL,
              "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Text")) STORED);
            CREATE INDEX IF NOT EXISTS "IX_ContentText_Vector" ON "ContentText" USING GIN ("Vector");
            """);

    public override void Down()
    {
    }

    private static bool IsPostgres(string databaseType) => databaseType.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);
}
