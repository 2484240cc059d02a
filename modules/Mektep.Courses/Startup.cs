using Mektep.Content;
using Mektep.Courses.Components;
using Mektep.Courses.Editors;
using Mektep.Courses.Indexes;
using Mektep.Courses.Migrations;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Data;
using Mektep.Display;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Recipes;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Courses;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Courses", "/admin/courses", Permissions.ManageCourses.Name, "Learning", 10));
        services.AddSingleton(new AdminMenuItem("Cohorts", "/admin/cohorts", Permissions.EnrollLearners.Name, "Learning", 20));
        services.AddSingleton(new AdminMenuItem("Progress reports", "/admin/reports", Permissions.ViewCourseReports.Name, "Learning", 25));
        services.AddSingleton(new AccountLink("My learning", "/my", 1));
        services.AddDataMigration<CourseTypesMigration>();
        services.AddSingleton<IDbModelContributor, CoursesDbModel>();
        services.AddSingleton<IContentIndexProvider, CourseIndexProvider>();
        services.AddSingleton<IContentIndexProvider, LessonIndexProvider>();

        services.AddScoped<CourseCatalog>();
        services.AddMemoryCache();
        services.AddSingleton<LessonViewCache>();
        services.AddSingleton<IViewerSlot, Pages.LessonProgressSlot>();
        services.AddScoped<LearningService>();
        services.AddScoped<CourseCompletionEvaluator>();
        services.AddScoped<Mektep.Learning.ICourseProgress, CourseProgressNotifier>();
        services.AddScoped<Mektep.Learning.ICourseRoster, CourseRoster>();
        services.AddScoped<CourseOutlineEditor>();
        services.AddScoped<Pages.CourseViewLoader>();
        services.AddScoped<EnrollmentAdministration>();
        services.AddScoped<PrerequisiteService>();
        services.AddScoped<CohortAdministration>();
        services.AddScoped<CourseReports>();
        services.AddRecipeExportSource<Recipes.CourseRecipeExportSource>();
        services.AddScoped<Mektep.Learning.ILearnerRecords, LearnerRecords>();

        services.AddContentPart<CoursePart>("Course", "Level, hours, tags, enrollment, dates and the outline of sections and lessons")
            .WithDisplay<CoursePartDisplay>()
            .WithDisplay<CoursePartSummary>(DisplayTypes.Summary)
            .WithEditor<CoursePartEditor, CoursePartBinder>();
        services.AddContentPart<LessonPart>("Lesson", "Estimated minutes, an optional video link and how the lesson is completed")
            .WithDisplay<LessonPartDisplay>()
            .WithDisplay<LessonPartSummary>(DisplayTypes.Summary)
            .WithEditor<LessonPartEditor, LessonPartBinder>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => ReportEndpoints.Map(endpoints);
}
