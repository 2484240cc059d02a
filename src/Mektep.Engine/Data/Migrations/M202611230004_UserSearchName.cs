using FluentMigrator;

namespace Mektep.Engine.Data.Migrations;

/// <summary>
/// An upper-cased copy of the display name for search: SQLite's upper() and LIKE fold ASCII only, so
/// Kazakh and Russian names are folded in .NET before they are stored.
/// </summary>
[Migration(2026_11_23_0004, "Engine: user search name")]
public sealed class M202611230004_UserSearchName : Migration
{
    public override void Up()
    {
        Alter.Table("AspNetUsers").AddColumn("NormalizedDisplayName").AsString(256).NotNullable().WithDefaultValue("");
        Create.Index("IX_AspNetUsers_NormalizedDisplayName").OnTable("AspNetUsers").OnColumn("NormalizedDisplayName");
    }

    public override void Down()
    {
        Delete.Index("IX_AspNetUsers_NormalizedDisplayName").OnTable("AspNetUsers");
        Delete.Column("NormalizedDisplayName").FromTable("AspNetUsers");
    }
}
