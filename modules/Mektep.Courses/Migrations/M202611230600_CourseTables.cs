using FluentMigrator;
using Mektep.Data;

namespace Mektep.Courses.Migrations;

[Migration(2026_11_23_0600, "Courses: course and lesson indexes, enrollments, lesson progress")]
public sealed class M202611230600_CourseTables : Migration
{
    public override void Up()
    {
        Create.Table("CourseIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable().Indexed()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable()
            .WithColumn("Title").AsString(1024).NotNullable()
            .WithColumn("Level").AsString(32).NotNullable()
            .WithColumn("SelfEnrollment").AsBoolean().NotNullable()
            .WithColumn("Tags").AsString(2048).NotNullable();
        Create.Index("IX_CourseIndex_Catalogue").OnTable("CourseIndex")
            .OnColumn("Published").Ascending().OnColumn("Culture").Ascending().OnColumn("Level").Ascending();

        Create.Table("LessonIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable().Indexed()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable().Indexed()
            .WithColumn("Title").AsString(1024).NotNullable()
            .WithColumn("EstimatedMinutes").AsInt32().NotNullable();

        Create.Table("Enrollments")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("CourseSet").AsString(32).NotNullable().Indexed()
            .WithColumn("EnrolledUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Source").AsString(32).NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("UnenrolledUtc").AsUtcDateTime().Nullable()
            .WithColumn("CompletedUtc").AsUtcDateTime().Nullable()
            .WithColumn("DueUtcOverride").AsUtcDateTime().Nullable();
        Create.Index("UX_Enrollments_User_Course").OnTable("Enrollments")
            .OnColumn("UserId").Ascending().OnColumn("CourseSet").Ascending().WithOptions().Unique();

        Create.Table("LessonProgress")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("LessonSet").AsString(32).NotNullable()
            .WithColumn("CourseSet").AsString(32).NotNullable()
            .WithColumn("FirstViewedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("LastViewedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("DoneUtc").AsUtcDateTime().Nullable()
            .WithColumn("SecondsSpent").AsInt32().NotNullable();
        Create.Index("UX_LessonProgress_User_Lesson").OnTable("LessonProgress")
            .OnColumn("UserId").Ascending().OnColumn("LessonSet").Ascending().WithOptions().Unique();
        Create.Index("IX_LessonProgress_User_Course").OnTable("LessonProgress")
            .OnColumn("UserId").Ascending().OnColumn("CourseSet").Ascending();
    }

    public override void Down()
    {
        Delete.Table("LessonProgress");
        Delete.Table("Enrollments");
        Delete.Table("LessonIndex");
        Delete.Table("CourseIndex");
    }
}
