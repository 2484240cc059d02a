using FluentMigrator;

namespace Mektep.Engine.Data.Migrations;

/// <summary>Data-protection keys shared by all web nodes.</summary>
[Migration(2026_11_23_0003, "Engine: data protection keys")]
public sealed class M202611230003_DataProtectionKeys : Migration
{
    public override void Up()
        => Create.Table("DataProtectionKeys")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("FriendlyName").AsString(int.MaxValue).Nullable()
            .WithColumn("Xml").AsString(int.MaxValue).Nullable();

    public override void Down() => Delete.Table("DataProtectionKeys");
}
