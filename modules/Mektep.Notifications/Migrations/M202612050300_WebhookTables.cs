using FluentMigrator;
using Mektep.Data;

namespace Mektep.Notifications.Migrations;

[Migration(2026_12_05_0300, "Notifications: webhook endpoints and deliveries")]
public sealed class M202612050300_WebhookTables : Migration
{
    public override void Up()
    {
        Create.Table("WebhookEndpoints")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Url").AsString(2000).NotNullable()
            .WithColumn("Description").AsString(500).Nullable()
            .WithColumn("ProtectedSecret").AsString(int.MaxValue).NotNullable()
            .WithColumn("EventKinds").AsString(500).NotNullable()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("SecretRotatedUtc").AsUtcDateTime().NotNullable();

        Create.Table("WebhookDeliveries")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("EndpointId").AsInt64().NotNullable().ForeignKey("FK_WebhookDeliveries_Endpoint", "WebhookEndpoints", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("EventId").AsString(64).NotNullable()
            .WithColumn("Kind").AsString(64).NotNullable()
            .WithColumn("Payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("NextAttemptUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ResponseCode").AsInt32().Nullable()
            .WithColumn("LastError").AsString(int.MaxValue).Nullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("DeliveredUtc").AsUtcDateTime().Nullable()
            .WithColumn("ClaimToken").AsString(32).Nullable()
            .WithColumn("ClaimedUtc").AsUtcDateTime().Nullable();
        Create.Index("UX_WebhookDeliveries_Endpoint_Event").OnTable("WebhookDeliveries")
            .OnColumn("EndpointId").Ascending().OnColumn("EventId").Ascending().WithOptions().Unique();
        Create.Index("IX_WebhookDeliveries_Due").OnTable("WebhookDeliveries")
            .OnColumn("Status").Ascending().OnColumn("NextAttemptUtc").Ascending();
    }

    public override void Down()
    {
        Delete.Table("WebhookDeliveries");
        Delete.Table("WebhookEndpoints");
    }
}
