using FluentMigrator;
using Mektep.Data;

namespace Mektep.Certificates.Migrations;

[Migration(2026_12_04_0900, "Certificates: template index, certificates, yearly counters")]
public sealed class M202612040900_CertificateTables : Migration
{
    public override void Up()
    {
        Create.Table("CertificateTemplateIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable().Indexed()
            .WithColumn("ContentItemId").AsString(32).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(32).NotNullable()
            .WithColumn("CourseSet").AsString(32).NotNullable().Indexed()
            .WithColumn("IssueOnCompletion").AsBoolean().NotNullable();

        Create.Table("Certificates")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Number").AsString(32).NotNullable().Unique("UX_Certificates_Number")
            .WithColumn("VerificationCode").AsString(32).NotNullable().Unique("UX_Certificates_Code")
            .WithColumn("UserId").AsString(450).NotNullable().Indexed()
            .WithColumn("CourseSet").AsString(32).NotNullable().Indexed()
            .WithColumn("TemplateItemId").AsString(32).NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LearnerName").AsString(256).NotNullable()
            .WithColumn("CourseTitle").AsString(1024).NotNullable()
            .WithColumn("RegionId").AsInt32().Nullable()
            .WithColumn("CompletedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("IssuedUtc").AsUtcDateTime().NotNullable().Indexed()
            .WithColumn("ExpiresUtc").AsUtcDateTime().Nullable()
            .WithColumn("Source").AsString(32).NotNullable()
            .WithColumn("RevokedUtc").AsUtcDateTime().Nullable()
            .WithColumn("RevokedReason").AsString(1000).Nullable()
            .WithColumn("ReplacesId").AsInt64().Nullable()
            .WithColumn("ExpiryReminderUtc").AsUtcDateTime().Nullable()
            .WithColumn("SnapshotJson").AsString(int.MaxValue).NotNullable();

        // One certificate in force per learner and course: a partial unique index (same syntax on SQLite and
        // PostgreSQL), so two concurrent completion events cannot both issue, while revoked ones may pile up.
        Execute.Sql("CREATE UNIQUE INDEX \"UX_Certificates_User_Course_Active\" ON \"Certificates\" (\"UserId\", \"CourseSet\") WHERE \"RevokedUtc\" IS NULL");

        Create.Table("CertificateCounters")
            .WithColumn("Year").AsInt32().PrimaryKey()
            .WithColumn("LastNumber").AsInt32().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("CertificateCounters");
        Delete.Table("Certificates");
        Delete.Table("CertificateTemplateIndex");
    }
}
