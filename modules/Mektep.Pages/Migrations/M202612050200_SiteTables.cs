using FluentMigrator;
using Mektep.Data;

namespace Mektep.Pages.Migrations;

[Migration(2026_12_05_0200, "Pages: news index and the site documents (menus, home page layout)")]
public sealed class M202612050200_SiteTables : Migration
{
    public override void Up()
    {
        Create.Table("NewsIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable().Indexed()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable()
            .WithColumn("Title").AsString(1024).NotNullable()
            .WithColumn("PublicationDate").AsUtcDateTime().NotNullable();
        Create.Index("IX_NewsIndex_List").OnTable("NewsIndex")
            .OnColumn("Published").Ascending().OnColumn("PublicationDate").Descending();

        Create.Table("SiteDocuments")
            .WithColumn("Name").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("SiteDocuments");
        Delete.Table("NewsIndex");
    }
}
