using FluentMigrator;
using Mektep.Data;

namespace Mektep.Initiatives.Migrations;

[Migration(2026_12_05_0100, "Initiatives: initiatives and their review history")]
public sealed class M202612050100_InitiativeTables : Migration
{
    public override void Up()
    {
        Create.Table("Initiatives")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(450).NotNullable().Indexed()
            .WithColumn("CourseSet").AsString(32).Nullable()
            .WithColumn("RegionId").AsInt32().Nullable()
            .WithColumn("DistrictId").AsInt32().Nullable()
            .WithColumn("RuralDistrictId").AsInt32().Nullable()
            .WithColumn("RuralDistrictName").AsString(256).Nullable()
            .WithColumn("Title").AsString(300).NotNullable()
            .WithColumn("Sector").AsString(32).NotNullable()
            .WithColumn("Description").AsString(int.MaxValue).NotNullable()
            .WithColumn("CostTenge").AsInt64().NotNullable()
            .WithColumn("Jobs").AsInt32().NotNullable()
            .WithColumn("AnnualIncomeTenge").AsInt64().NotNullable()
            .WithColumn("Funding").AsInt32().NotNullable()
            .WithColumn("Participants").AsString(2000).NotNullable()
            .WithColumn("StartMonth").AsInt32().NotNullable()
            .WithColumn("EndMonth").AsInt32().NotNullable()
            .WithColumn("Attachments").AsString(4000).NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("SubmittedUtc").AsUtcDateTime().Nullable()
            .WithColumn("DecidedUtc").AsUtcDateTime().Nullable();

        // The registry groups by status and place; the review queue filters by status and sector.
        Create.Index("IX_Initiatives_Status_Region").OnTable("Initiatives")
            .OnColumn("Status").Ascending().OnColumn("RegionId").Ascending().OnColumn("DistrictId").Ascending().OnColumn("RuralDistrictId").Ascending();
        Create.Index("IX_Initiatives_Sector_Status").OnTable("Initiatives")
            .OnColumn("Sector").Ascending().OnColumn("Status").Ascending();

        Create.Table("InitiativeHistory")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("InitiativeId").AsInt64().NotNullable().Indexed().ForeignKey("FK_InitiativeHistory_Initiatives", "Initiatives", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("UserName").AsString(256).NotNullable()
            .WithColumn("AtUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Action").AsString(16).NotNullable()
            .WithColumn("Feasibility").AsInt32().Nullable()
            .WithColumn("IncomeEffect").AsInt32().Nullable()
            .WithColumn("CostRealism").AsInt32().Nullable()
            .WithColumn("LocalResources").AsInt32().Nullable()
            .WithColumn("Comment").AsString(4000).Nullable();
    }

    public override void Down()
    {
        Delete.Table("InitiativeHistory");
        Delete.Table("Initiatives");
    }
}
