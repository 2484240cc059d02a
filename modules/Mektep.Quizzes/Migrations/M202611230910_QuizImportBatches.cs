using FluentMigrator;
using Mektep.Data;

namespace Mektep.Quizzes.Migrations;

[Migration(2026_11_23_0910, "Quizzes: confirmed question imports, so one preview is imported once")]
public sealed class M202611230910_QuizImportBatches : Migration
{
    public override void Up()
        => Create.Table("QuizImportBatches")
            .WithColumn("Id").AsString(32).PrimaryKey()
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("ImportedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Questions").AsInt32().NotNullable();

    public override void Down() => Delete.Table("QuizImportBatches");
}
