using FluentMigrator;
using Mektep.Data;

namespace Mektep.Notifications.Migrations;

[Migration(2026_12_04_1400, "Notifications: in-app notifications, a person's message language")]
public sealed class M202612041400_UserNotifications : Migration
{
    public override void Up()
    {
        Create.Table("UserNotifications")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("Kind").AsString(128).NotNullable()
            .WithColumn("Title").AsString(1000).NotNullable()
            .WithColumn("Body").AsString(int.MaxValue).NotNullable()
            .WithColumn("Url").AsString(1000).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ReadUtc").AsUtcDateTime().Nullable()
            .WithColumn("IdempotencyKey").AsString(400).NotNullable();
        Create.Index("UX_UserNotifications_IdempotencyKey").OnTable("UserNotifications")
            .OnColumn("IdempotencyKey").Ascending().WithOptions().Unique();
        Create.Index("IX_UserNotifications_User").OnTable("UserNotifications")
            .OnColumn("UserId").Ascending().OnColumn("CreatedUtc").Descending();

        Create.Table("NotificationSettings")
            .WithColumn("UserId").AsString(450).NotNullable().PrimaryKey()
            .WithColumn("Culture").AsString(16).Nullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("NotificationSettings");
        Delete.Table("UserNotifications");
    }
}
