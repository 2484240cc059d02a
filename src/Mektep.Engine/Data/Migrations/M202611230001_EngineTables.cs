using FluentMigrator;
using Mektep.Data;

namespace Mektep.Engine.Data.Migrations;

/// <summary>Features, settings, content definitions and the content store.</summary>
[Migration(2026_11_23_0001, "Engine: features, settings, content store")]
public sealed class M202611230001_EngineTables : Migration
{
    public override void Up()
    {
        Create.Table("Features")
            .WithColumn("ModuleId").AsString(256).PrimaryKey()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("Settings")
            .WithColumn("Name").AsString(128).PrimaryKey()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("DataMigrations")
            .WithColumn("Name").AsString(256).PrimaryKey()
            .WithColumn("Version").AsInt32().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("ContentDefinitions")
            .WithColumn("Name").AsString(128).PrimaryKey()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("ContentItems")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("ContentItemVersionId").AsString(32).NotNullable()
            .WithColumn("ContentType").AsString(128).NotNullable()
            .WithColumn("DisplayText").AsString(1024).NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable()
            .WithColumn("Owner").AsString(64).Nullable()
            .WithColumn("Author").AsString(64).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("PublishedUtc").AsUtcDateTime().Nullable()
            .WithColumn("VersionNumber").AsInt32().NotNullable()
            .WithColumn("Revision").AsInt32().NotNullable()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable();

        Create.Index("IX_ContentItems_VersionId").OnTable("ContentItems").OnColumn("ContentItemVersionId").Unique();
        Create.Index("IX_ContentItems_Item").OnTable("ContentItems").OnColumn("ContentItemId").Ascending().OnColumn("Latest").Ascending();
        Create.Index("IX_ContentItems_Type").OnTable("ContentItems").OnColumn("ContentType").Ascending().OnColumn("Published").Ascending().OnColumn("Culture").Ascending();
        Create.Index("IX_ContentItems_Set").OnTable("ContentItems").OnColumn("LocalizationSet");
        Create.Index("IX_ContentItems_Owner").OnTable("ContentItems").OnColumn("Owner");

        // At most one latest and one published version per item, whatever races between nodes.
        Execute.Sql("CREATE UNIQUE INDEX UX_ContentItems_Latest ON \"ContentItems\" (\"ContentItemId\") WHERE \"Latest\" = TRUE");
        Execute.Sql("CREATE UNIQUE INDEX UX_ContentItems_Published ON \"ContentItems\" (\"ContentItemId\") WHERE \"Published\" = TRUE");

        IfDatabase(ProcessorIdConstants.SQLite).Execute.Sql(
            "CREATE VIRTUAL TABLE ContentTextFts USING fts5(Text, tokenize = 'unicode61 remove_diacritics 0')");
        IfDatabase(IsPostgres).Execute.Sql(
            """
            CREATE TABLE "ContentText" (
              "DocumentId" bigint PRIMARY KEY REFERENCES "ContentItems" ("Id") ON DELETE CASCADE,
              "Text" text NOT NULL,
              "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Text")) STORED);
            CREATE INDEX "IX_ContentText_Vector" ON "ContentText" USING GIN ("Vector");
            """);
    }

    // The runner's Postgres processors report ids such as "PostgreSQL" or "PostgreSQL15_0", not
    // ProcessorIdConstants.Postgres, so matching that constant silently skipped the text index table.
    private static bool IsPostgres(string databaseType) => databaseType.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);

    public override void Down()
    {
        IfDatabase(ProcessorIdConstants.SQLite).Execute.Sql("DROP TABLE ContentTextFts");
        IfDatabase(IsPostgres).Delete.Table("ContentText");
        Delete.Table("ContentItems");
        Delete.Table("ContentDefinitions");
        Delete.Table("DataMigrations");
        Delete.Table("Settings");
        Delete.Table("Features");
    }
}
