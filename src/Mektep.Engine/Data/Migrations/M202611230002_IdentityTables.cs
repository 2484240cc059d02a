using FluentMigrator;
using Mektep.Data;

namespace Mektep.Engine.Data.Migrations;

/// <summary>ASP.NET Core Identity's tables (schema version 1) with Mektep's user columns.</summary>
[Migration(2026_11_23_0002, "Engine: identity")]
public sealed class M202611230002_IdentityTables : Migration
{
    public override void Up()
    {
        Create.Table("AspNetRoles")
            .WithColumn("Id").AsString(64).PrimaryKey()
            .WithColumn("Name").AsString(256).Nullable()
            .WithColumn("NormalizedName").AsString(256).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("Description").AsString(512).NotNullable().WithDefaultValue("");
        Create.Index("RoleNameIndex").OnTable("AspNetRoles").OnColumn("NormalizedName").Unique();

        Create.Table("AspNetRoleClaims")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("RoleId").AsString(64).NotNullable().ForeignKey("FK_RoleClaims_Roles", "AspNetRoles", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();
        Create.Index("IX_AspNetRoleClaims_RoleId").OnTable("AspNetRoleClaims").OnColumn("RoleId");

        Create.Table("AspNetUsers")
            .WithColumn("Id").AsString(64).PrimaryKey()
            .WithColumn("UserName").AsString(256).Nullable()
            .WithColumn("NormalizedUserName").AsString(256).Nullable()
            .WithColumn("Email").AsString(256).Nullable()
            .WithColumn("NormalizedEmail").AsString(256).Nullable()
            .WithColumn("EmailConfirmed").AsBoolean().NotNullable()
            .WithColumn("PasswordHash").AsString(int.MaxValue).Nullable()
            .WithColumn("SecurityStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("PhoneNumber").AsString(64).Nullable()
            .WithColumn("PhoneNumberConfirmed").AsBoolean().NotNullable()
            .WithColumn("TwoFactorEnabled").AsBoolean().NotNullable()
            .WithColumn("LockoutEnd").AsUtcDateTime().Nullable()
            .WithColumn("LockoutEnabled").AsBoolean().NotNullable()
            .WithColumn("AccessFailedCount").AsInt32().NotNullable()
            .WithColumn("DisplayName").AsString(256).NotNullable().WithDefaultValue("")
            .WithColumn("PreferredCulture").AsString(16).Nullable()
            .WithColumn("IsDisabled").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("CreatedUtc").AsUtcDateTime().NotNullable();
        Create.Index("UserNameIndex").OnTable("AspNetUsers").OnColumn("NormalizedUserName").Unique();
        Create.Index("EmailIndex").OnTable("AspNetUsers").OnColumn("NormalizedEmail");

        Create.Table("AspNetUserClaims")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(64).NotNullable().ForeignKey("FK_UserClaims_Users", "AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();
        Create.Index("IX_AspNetUserClaims_UserId").OnTable("AspNetUserClaims").OnColumn("UserId");

        Create.Table("AspNetUserLogins")
            .WithColumn("LoginProvider").AsString(128).PrimaryKey()
            .WithColumn("ProviderKey").AsString(128).PrimaryKey()
            .WithColumn("ProviderDisplayName").AsString(int.MaxValue).Nullable()
            .WithColumn("UserId").AsString(64).NotNullable().ForeignKey("FK_UserLogins_Users", "AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade);
        Create.Index("IX_AspNetUserLogins_UserId").OnTable("AspNetUserLogins").OnColumn("UserId");

        Create.Table("AspNetUserRoles")
            .WithColumn("UserId").AsString(64).PrimaryKey().ForeignKey("FK_UserRoles_Users", "AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("RoleId").AsString(64).PrimaryKey().ForeignKey("FK_UserRoles_Roles", "AspNetRoles", "Id").OnDelete(System.Data.Rule.Cascade);
        Create.Index("IX_AspNetUserRoles_RoleId").OnTable("AspNetUserRoles").OnColumn("RoleId");

        Create.Table("AspNetUserTokens")
            .WithColumn("UserId").AsString(64).PrimaryKey().ForeignKey("FK_UserTokens_Users", "AspNetUsers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("LoginProvider").AsString(128).PrimaryKey()
            .WithColumn("Name").AsString(128).PrimaryKey()
            .WithColumn("Value").AsString(int.MaxValue).Nullable();
    }

    public override void Down()
    {
        Delete.Table("AspNetUserTokens");
        Delete.Table("AspNetUserRoles");
        Delete.Table("AspNetUserLogins");
        Delete.Table("AspNetUserClaims");
        Delete.Table("AspNetUsers");
        Delete.Table("AspNetRoleClaims");
        Delete.Table("AspNetRoles");
    }
}
