using FluentMigrator;
using Mektep.Data;

namespace Mektep.Reminders.Migrations;

[Migration(2026_12_04_1410, "Reminders: rules with defaults, the once-only ledger, calendar tokens")]
public sealed class M202612041410_ReminderTables : Migration
{
    public override void Up()
    {
        Create.Table("ReminderRules")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Type").AsString(32).NotNullable()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("Days").AsInt32().NotNullable()
            .WithColumn("Courses").AsBoolean().NotNullable()
            .WithColumn("Quizzes").AsBoolean().NotNullable()
            .WithColumn("Email").AsBoolean().NotNullable()
            .WithColumn("InApp").AsBoolean().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("ReminderLedger")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("RuleId").AsInt64().NotNullable().ForeignKey("FK_ReminderLedger_Rule", "ReminderRules", "Id")
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("Subject").AsString(450).NotNullable()
            .WithColumn("Period").AsString(64).NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("Note").AsString(1000).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ProcessedUtc").AsUtcDateTime().Nullable();
        Create.Index("UX_ReminderLedger_Key").OnTable("ReminderLedger")
            .OnColumn("RuleId").Ascending().OnColumn("UserId").Ascending().OnColumn("Subject").Ascending().OnColumn("Period").Ascending()
            .WithOptions().Unique();
        Create.Index("IX_ReminderLedger_Status").OnTable("ReminderLedger")
            .OnColumn("Status").Ascending().OnColumn("CreatedUtc").Ascending();

        Create.Table("CalendarTokens")
            .WithColumn("UserId").AsString(450).NotNullable().PrimaryKey()
            .WithColumn("Token").AsString(64).NotNullable().Unique("UX_CalendarTokens_Token")
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();

        // One rule of each type to start with; administrators tune them at /admin/reminders.
        var now = DateTime.UtcNow;
        foreach (var (type, enabled, days) in new[]
        {
            ("Welcome", true, 0),
            ("Inactivity", true, 14),
            ("DueSoon", true, 7),
            ("QuizFailed", true, 0),
            ("WeeklyDigest", true, 0),
            ("CertificateIssued", true, 0),
            ("CertificateExpiring", true, 30),
        })
        {
            Insert.IntoTable("ReminderRules").Row(new
            {
                Type = type,
                Enabled = enabled,
                Days = days,
                Courses = true,
                Quizzes = true,
                Email = true,
                InApp = type != "WeeklyDigest",
                ModifiedUtc = now,
            });
        }
    }

    public override void Down()
    {
        Delete.Table("CalendarTokens");
        Delete.Table("ReminderLedger");
        Delete.Table("ReminderRules");
    }
}
