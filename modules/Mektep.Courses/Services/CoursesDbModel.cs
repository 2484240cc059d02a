using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Mektep.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

public sealed class CoursesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseIndex>(b =>
        {
            b.ToTable(nameof(CourseIndex));
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<LessonIndex>(b =>
        {
            b.ToTable(nameof(LessonIndex));
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<Enrollment>(b =>
        {
            b.ToTable("Enrollments");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.UserId, x.CourseSet }).IsUnique();
        });
        modelBuilder.Entity<LessonProgress>(b =>
        {
            b.ToTable(nameof(LessonProgress));
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.UserId, x.LessonSet }).IsUnique();
        });
        modelBuilder.Entity<Cohort>(b =>
        {
            b.ToTable("Cohorts");
            b.HasKey(x => x.Id);
            b.Ignore(x => x.CourseSetList);
        });
        modelBuilder.Entity<CohortMember>(b =>
        {
            b.ToTable("CohortMembers");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.CohortId, x.UserId }).IsUnique();
        });
    }
}
