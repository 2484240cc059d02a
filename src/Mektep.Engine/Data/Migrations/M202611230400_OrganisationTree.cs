using FluentMigrator;
using Mektep.Data;

namespace Mektep.Engine.Data.Migrations;

/// <summary>Regions, districts, rural districts; a person's place and a coordinator's region; kept CSV uploads.</summary>
[Migration(2026_11_23_0400, "Engine: organisation tree")]
public sealed class M202611230400_OrganisationTree : Migration
{
    public override void Up()
    {
        Create.Table("Regions")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Code").AsString(64).NotNullable()
            .WithColumn("NameKk").AsString(256).NotNullable()
            .WithColumn("NameRu").AsString(256).NotNullable()
            .WithColumn("NameEn").AsString(256).NotNullable();
        Create.Index("UX_Regions_Code").OnTable("Regions").OnColumn("Code").Unique();

        Create.Table("Districts")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("RegionId").AsInt32().NotNullable().ForeignKey("FK_Districts_Regions", "Regions", "Id")
            .WithColumn("Code").AsString(64).NotNullable()
            .WithColumn("NameKk").AsString(256).NotNullable()
            .WithColumn("NameRu").AsString(256).NotNullable()
            .WithColumn("NameEn").AsString(256).NotNullable();
        Create.Index("UX_Districts_Code").OnTable("Districts").OnColumn("Code").Unique();
        Create.Index("IX_Districts_RegionId").OnTable("Districts").OnColumn("RegionId");

        Create.Table("RuralDistricts")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("DistrictId").AsInt32().NotNullable().ForeignKey("FK_RuralDistricts_Districts", "Districts", "Id")
            .WithColumn("Code").AsString(64).NotNullable()
            .WithColumn("NameKk").AsString(256).NotNullable()
            .WithColumn("NameRu").AsString(256).NotNullable()
            .WithColumn("NameEn").AsString(256).NotNullable();
        Create.Index("UX_RuralDistricts_Code").OnTable("RuralDistricts").OnColumn("Code").Unique();
        Create.Index("IX_RuralDistricts_DistrictId").OnTable("RuralDistricts").OnColumn("DistrictId");

        Create.Table("ImportBatches")
            .WithColumn("Id").AsString(64).PrimaryKey()
            .WithColumn("FileName").AsString(256).NotNullable()
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("CreatedBy").AsString(64).NotNullable()
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("ImportedUtc").AsUtcDateTime().Nullable();

        Alter.Table("AspNetUsers")
            .AddColumn("RuralDistrictId").AsInt32().Nullable()
            .AddColumn("CoordinatorRegionId").AsInt32().Nullable();
        Create.Index("IX_AspNetUsers_RuralDistrictId").OnTable("AspNetUsers").OnColumn("RuralDistrictId");

        // SQLite cannot add a constraint to an existing table; there the tree service refuses deleting a unit with people.
        IfDatabase(IsPostgres).Create.ForeignKey("FK_AspNetUsers_RuralDistricts")
            .FromTable("AspNetUsers").ForeignColumn("RuralDistrictId").ToTable("RuralDistricts").PrimaryColumn("Id");
        IfDatabase(IsPostgres).Create.ForeignKey("FK_AspNetUsers_CoordinatorRegion")
            .FromTable("AspNetUsers").ForeignColumn("CoordinatorRegionId").ToTable("Regions").PrimaryColumn("Id");
    }

    private static bool IsPostgres(string databaseType) => databaseType.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase);

    public override void Down()
    {
        IfDatabase(IsPostgres).Delete.ForeignKey("FK_AspNetUsers_CoordinatorRegion").OnTable("AspNetUsers");
        IfDatabase(IsPostgres).Delete.ForeignKey("FK_AspNetUsers_RuralDistricts").OnTable("AspNetUsers");
        Delete.Index("IX_AspNetUsers_RuralDistrictId").OnTable("AspNetUsers");
        Delete.Column("CoordinatorRegionId").FromTable("AspNetUsers");
        Delete.Column("RuralDistrictId").FromTable("AspNetUsers");
        Delete.Table("ImportBatches");
        Delete.Table("RuralDistricts");
        Delete.Table("Districts");
        Delete.Table("Regions");
    }
}
