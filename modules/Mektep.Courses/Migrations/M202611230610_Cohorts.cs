using FluentMigrator;
using Mektep.Data;

namespace Mektep.Courses.Migrations;

[Migration(2026_11_23_0610, "Courses: cohorts and their members")]
public sealed class M202611230610_Cohorts : Migration
{
    public override void Up()
    {
        Create.Table("Cohorts")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Name").AsString(256).NotNullable()
            .WithColumn("StartUtc").AsUtcDateTime().NotNullable()
            .WithColumn("EndUtc").AsUtcDateTime().NotNullable()
            .WithColumn("CourseSets").AsString(1024).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();

        Create.Table("CohortMembers")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("CohortId").AsInt64().NotNullable().ForeignKey("FK_CohortMembers_Cohorts", "Cohorts", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("UserId").AsString(450).NotNullable().Indexed()
            .WithColumn("AddedUtc").AsUtcDateTime().NotNullable();
        Create.Index("UX_CohortMembers_Cohort_User").OnTable("CohortMembers")
            .OnColumn("CohortId").Ascending().OnColumn("UserId").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("CohortMembers");
        Delete.Table("Cohorts");
    }
}
