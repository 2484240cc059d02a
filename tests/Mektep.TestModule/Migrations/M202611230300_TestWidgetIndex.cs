using FluentMigrator;

namespace Mektep.TestModule.Migrations;

[Migration(2026_11_23_0300, "Test module: widget index")]
public sealed class M202611230300_TestWidgetIndex : Migration
{
    public override void Up()
    {
        Create.Table("TestWidgetIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable().Indexed()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable()
            .WithColumn("Title").AsString(1024).NotNullable();
    }

    public override void Down() => Delete.Table("TestWidgetIndex");
}
