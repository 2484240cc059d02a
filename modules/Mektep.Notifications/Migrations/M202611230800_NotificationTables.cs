using FluentMigrator;
using Mektep.Data;

namespace Mektep.Notifications.Migrations;

[Migration(2026_11_23_0800, "Notifications: outbox, preferences, template overrides")]
public sealed class M202611230800_NotificationTables : Migration
{
    public override void Up()
    {
        Create.Table("OutboxMessages")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Kind").AsString(128).NotNullable()
            .WithColumn("Culture").AsString(16).Nullable()
            .WithColumn("UserId").AsString(450).Nullable()
            .WithColumn("IsEssential").AsBoolean().NotNullable()
            .WithColumn("ToAddress").AsString(320).NotNullable()
            .WithColumn("ToName").AsString(256).Nullable()
            .WithColumn("Subject").AsString(1000).NotNullable()
            .WithColumn("TextBody").AsString(int.MaxValue).NotNullable()
            .WithColumn("HtmlBody").AsString(int.MaxValue).Nullable()
            .WithColumn("AttachmentsJson").AsString(int.MaxValue).Nullable()
            .WithColumn("HeadersJson").AsString(int.MaxValue).Nullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("NextAttemptUtc").AsUtcDateTime().NotNullable()
            .WithColumn("LastError").AsString(int.MaxValue).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("SentUtc").AsUtcDateTime().Nullable()
            .WithColumn("ClaimToken").AsString(32).Nullable()
            .WithColumn("ClaimedUtc").AsUtcDateTime().Nullable()
            .WithColumn("IdempotencyKey").AsString(400).NotNullable();
        Create.Index("UX_OutboxMessages_IdempotencyKey").OnTable("OutboxMessages")
            .OnColumn("IdempotencyKey").Ascending().WithOptions().Unique();
        Create.Index("IX_OutboxMessages_Due").OnTable("OutboxMessages")
            .OnColumn("Status").Ascending().OnColumn("NextAttemptUtc").Ascending();

        Create.Table("NotificationPreferences")
            .WithColumn("UserId").AsString(450).NotNullable().PrimaryKey()
            .WithColumn("Kind").AsString(128).NotNullable().PrimaryKey()
            .WithColumn("Unsubscribed").AsBoolean().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();

        Create.Table("EmailTemplateOverrides")
            .WithColumn("Kind").AsString(128).NotNullable().PrimaryKey()
            .WithColumn("Culture").AsString(16).NotNullable().PrimaryKey()
            .WithColumn("Subject").AsString(1000).NotNullable()
            .WithColumn("HtmlBody").AsString(int.MaxValue).NotNullable()
            .WithColumn("TextBody").AsString(int.MaxValue).NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ModifiedBy").AsString(450).Nullable();
    }

    public override void Down()
    {
        Delete.Table("EmailTemplateOverrides");
        Delete.Table("NotificationPreferences");
        Delete.Table("OutboxMessages");
    }
}
