using Mektep.Data;
using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

public sealed class QuizzesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QuestionCategory>(b =>
        {
            b.ToTable("QuizQuestionCategories");
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<Question>(b =>
        {
            b.ToTable("QuizQuestions");
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<QuizAttempt>(b =>
        {
            b.ToTable("QuizAttempts");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Score).HasPrecision(18, 4);
            b.Property(x => x.MaxScore).HasPrecision(18, 4);
            b.Property(x => x.Percent).HasPrecision(9, 4);
            b.HasIndex(x => new { x.UserId, x.QuizSet, x.Number }).IsUnique();
        });
        modelBuilder.Entity<ImportBatch>(b =>
        {
            b.ToTable("QuizImportBatches");
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<AttemptAnswer>(b =>
        {
            b.ToTable("QuizAttemptAnswers");
            b.HasKey(x => x.Id);
            b.Property(x => x.Score).HasPrecision(18, 4);
            b.HasIndex(x => new { x.AttemptId, x.QuestionId }).IsUnique();
        });
    }
}
