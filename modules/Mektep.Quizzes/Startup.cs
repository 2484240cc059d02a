using Mektep.Data;
using Mektep.Display;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Quizzes.Components;
using Mektep.Quizzes.Editors;
using Mektep.Quizzes.Migrations;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Recipes;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Quizzes;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Quizzes", "/admin/quizzes", Permissions.ManageQuizzes.Name, "Learning", 20));
        services.AddSingleton(new AdminMenuItem("Question bank", "/admin/questions", Permissions.ManageQuizzes.Name, "Learning", 21));
        services.AddSingleton(new AdminMenuItem("Essays to grade", "/admin/quizzes/grading", Permissions.GradeEssays.Name, "Learning", 22));
        services.AddDataMigration<QuizTypesMigration>();
        services.AddSingleton<IDbModelContributor, QuizzesDbModel>();

        services.AddScoped<QuestionBank>();
        services.AddScoped<QuestionImport>();
        services.AddScoped<QuizLoader>();
        services.AddScoped<AttemptService>();
        services.AddScoped<Regrader>();
        services.AddScoped<ItemAnalysis>();
        services.AddScoped<ICourseRequirementProvider, QuizRequirementProvider>();
        services.AddScoped<ICourseGradeProvider, QuizGradeProvider>();
        services.AddScoped<ICourseItemSource, QuizCourseItemSource>();
        services.AddRecipeStep<Recipes.QuizzesRecipeStep>();
        services.AddRecipeExportSource<Recipes.QuizRecipeExportSource>();
        services.AddScoped<IQuizRecords, QuizRecords>();

        services.AddContentPart<QuizPart>("Quiz", "Pass mark, attempts, time limit, availability, questions drawn from the bank, grading and review")
            .WithDisplay<QuizPartDisplay>()
            .WithEditor<QuizPartEditor, QuizPartBinder>();
    }

    public void Configure(IEndpointRouteBuilder endpoints)
    {
        AnswerEndpoint.Map(endpoints);
        AnalysisEndpoint.Map(endpoints);
    }
}
