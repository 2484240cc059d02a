using FluentMigrator;
using Mektep.Data;

namespace Mektep.Quizzes.Migrations;

[Migration(2026_11_23_0900, "Quizzes: question bank, categories, attempts and answers")]
public sealed class M202611230900_QuizTables : Migration
{
    public override void Up()
    {
        Create.Table("QuizQuestionCategories")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable();

        Create.Table("QuizQuestions")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("CategoryId").AsInt64().Nullable().Indexed()
            .WithColumn("Type").AsString(32).NotNullable()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Tags").AsString(1000).NotNullable()
            .WithColumn("Version").AsInt32().NotNullable()
            .WithColumn("Archived").AsBoolean().NotNullable()
            .WithColumn("UpdatedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Data").AsString(int.MaxValue).NotNullable();

        Create.Table("QuizAttempts")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("UserId").AsString(450).NotNullable()
            .WithColumn("QuizSet").AsString(32).NotNullable()
            .WithColumn("Number").AsInt32().NotNullable()
            .WithColumn("StartedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("DeadlineUtc").AsUtcDateTime().Nullable()
            .WithColumn("SubmittedUtc").AsUtcDateTime().Nullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("Score").AsDecimal(18, 4).NotNullable()
            .WithColumn("MaxScore").AsDecimal(18, 4).NotNullable()
            .WithColumn("Percent").AsDecimal(9, 4).Nullable()
            .WithColumn("Passed").AsBoolean().NotNullable()
            .WithColumn("Snapshot").AsString(int.MaxValue).NotNullable();

        // One attempt number per learner and quiz: two "start" clicks at once cannot make two first attempts.
        Create.Index("UX_QuizAttempts_User_Quiz_Number").OnTable("QuizAttempts")
            .OnColumn("UserId").Ascending().OnColumn("QuizSet").Ascending().OnColumn("Number").Ascending().WithOptions().Unique();
        Create.Index("IX_QuizAttempts_Quiz_Status").OnTable("QuizAttempts")
            .OnColumn("QuizSet").Ascending().OnColumn("Status").Ascending();

        Create.Table("QuizAttemptAnswers")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("AttemptId").AsInt64().NotNullable()
            .WithColumn("QuestionId").AsInt64().NotNullable()
            .WithColumn("Response").AsString(int.MaxValue).NotNullable()
            .WithColumn("SavedUtc").AsUtcDateTime().NotNullable()
            .WithColumn("Score").AsDecimal(18, 4).Nullable()
            .WithColumn("Feedback").AsString(int.MaxValue).Nullable()
            .WithColumn("GradedBy").AsString(450).Nullable();
        Create.Index("UX_QuizAttemptAnswers_Attempt_Question").OnTable("QuizAttemptAnswers")
            .OnColumn("AttemptId").Ascending().OnColumn("QuestionId").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("QuizAttemptAnswers");
        Delete.Table("QuizAttempts");
        Delete.Table("QuizQuestions");
        Delete.Table("QuizQuestionCategories");
    }
}
