using FluentMigrator;
using Mektep.Data;

namespace Mektep.Engine.Data.Migrations;

/// <summary>Uploaded recipes, checked before they run, and when they ran.</summary>
[Migration(2026_12_04_0017, "Engine: recipe runs")]
public sealed class M202612040017_RecipeRuns : Migration
{
    public override void Up()
    {
        Create.Table("RecipeRuns")
            .WithColumn("Id").AsString(64).PrimaryKey()
            .WithColumn("FileName").AsString(256).NotNullable()
            .WithColumn("Name").AsString(256).NotNullable()
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("CreatedBy").AsString(450).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("RunUtc").AsUtcDateTime().Nullable()
            .WithColumn("Summary").AsString(int.MaxValue).Nullable();

        Create.Index("IX_RecipeRuns_CreatedUtc").OnTable("RecipeRuns").OnColumn("CreatedUtc");
    }

    public override void Down() => Delete.Table("RecipeRuns");
}
