using FluentMigrator;
using Mektep.Data;

namespace Mektep.Engine.Data.Migrations;

/// <summary>The audit trail: who did what and when.</summary>
[Migration(2026_11_23_0500, "Engine: audit trail")]
public sealed class M202611230500_AuditEvents : Migration
{
    public override void Up()
    {
        Create.Table("AuditEvents")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("OccurredUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ActorId").AsString(450).Nullable()
            .WithColumn("ActorName").AsString(256).NotNullable()
            .WithColumn("NormalizedActorName").AsString(256).NotNullable()
            .WithColumn("Category").AsString(64).NotNullable()
            .WithColumn("Action").AsString(64).NotNullable()
            .WithColumn("SubjectId").AsString(256).NotNullable()
            .WithColumn("SubjectName").AsString(1024).NotNullable()
            .WithColumn("NormalizedSubject").AsString(1300).NotNullable()
            .WithColumn("Details").AsString(2000).Nullable();

        Create.Index("IX_AuditEvents_OccurredUtc").OnTable("AuditEvents").OnColumn("OccurredUtc");
        Create.Index("IX_AuditEvents_Category").OnTable("AuditEvents").OnColumn("Category");
        Create.Index("IX_AuditEvents_ActorId").OnTable("AuditEvents").OnColumn("ActorId");
    }

    public override void Down() => Delete.Table("AuditEvents");
}
