using System.Net;
using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Organisation;
using Mektep.Engine.Recipes;
using Mektep.Engine.Security;
using Mektep.Quizzes.Models;
using Mektep.Quizzes.Services;
using Mektep.Tests.Engine.Media;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Recipes;

public sealed class RecipeTests
{
    [Theory, Providers]
    public async Task Recipe_CreatesDistrictsPeopleQuizzesAndCourses_InOneRun(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var result = await RunAsync(site, TestRecipes.School);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("Users: 2 created, 0 already there.", result.Plan.Summary);
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tree = await services.GetRequiredService<OrganisationTree>().LoadAsync();
        var rural = Assert.Single(tree.RuralDistricts, r => r.Code == "rt-rural");
        Assert.Equal("abai", tree.Region(tree.RegionOf(rural.Id))!.Code);

        var users = services.GetRequiredService<UserManager<SiteUser>>();
        var learner = (await users.FindByEmailAsync("aigerim@akims.example"))!;
        Assert.Equal(rural.Id, learner.RuralDistrictId);
        Assert.Equal("kk", learner.PreferredCulture);
        Assert.False(await users.HasPasswordAsync(learner));
        Assert.True(await users.IsInRoleAsync(learner, "Learner"));
        var coordinator = (await users.FindByEmailAsync("coordinator@akims.example"))!;
        Assert.Equal(tree.Regions.Single(r => r.Code == "abai").Id, coordinator.CoordinatorRegionId);

        var content = services.GetRequiredService<IContentManager>();
        Assert.Equal("Ауыл бюджеті", (await content.GetAsync("c-test-kk", VersionOptions.Published))!.DisplayText);
        Assert.Null(await content.GetAsync("c-test-ru", VersionOptions.Published));
        Assert.NotNull(await content.GetAsync("c-test-ru", VersionOptions.Latest));
        Assert.Equal("l-test", (await content.GetAsync("l-test-ru", VersionOptions.Published))!.LocalizationSet);

        var quiz = (await content.GetAsync("q-test-kk", VersionOptions.Published))!.As<QuizPart>();
        Assert.Equal(50, quiz.PassMarkPercent);
        var questions = await services.GetRequiredService<QuestionBank>().GetManyAsync(quiz.FixedQuestionIds);
        Assert.Equal(2, questions.Count);
        var options = questions.SelectMany(q => QuizJson.Question(q.Data).Options).ToList();
        Assert.Equal(5, options.Count);
        // The recipe's ids (a, b, c) follow the right order of the ordering question: they must not survive.
        Assert.DoesNotContain(options, o => o.Id is "a" or "b" or "c");
    }

    [Theory, Providers]
    public async Task BrokenRecipe_ReportsEveryProblem_AndWritesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var result = await RunAsync(site, TestRecipes.Broken);

        Assert.False(result.Succeeded);
        var where = result.Problems.Select(p => $"{p.Step}:{p.Path}").ToList();
        Assert.Contains("1:Districts[0].Region", where);
        Assert.Contains("1:Districts[1]", where);
        Assert.Contains("2:Users[1].Email", where);
        Assert.Contains("2:Users[1].Roles", where);
        Assert.Contains("2:Users[2].Email", where);
        Assert.Contains("2:Users[2].Region", where);
        Assert.Contains("3:Quizzes[0].Questions[0].Data", where);
        Assert.Contains("4:Items[0].Id", where);
        Assert.Contains("4:Items[1].Type", where);
        Assert.Contains("4:Items[2].Culture", where);
        Assert.Contains("4:Items[2].Content.WingPart", where);
        Assert.Contains("4:Items[2].Content.LessonPart", where);
        Assert.Contains("5:Step", where);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.DoesNotContain((await scope.ServiceProvider.GetRequiredService<OrganisationTree>().LoadAsync()).Districts, d => d.Code == "rt-bad");
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>().FindByEmailAsync("same@akims.example"));
    }

    [Theory, Providers]
    public async Task NotJson_IsOneClearProblem(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);

        var result = await RunAsync(site, "{ \"Name\": \"x\", \"Steps\": [ }"u8.ToArray());

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("is not valid JSON (line 1", problem.Message);
    }

    [Theory, Providers]
    public async Task ExportedCourse_ImportsIntoAnotherSite_WithLessonsQuizQuestionsAndMedia(DatabaseProvider provider)
    {
        await using var source = await SiteFactory.StartAsync(provider);
        Assert.True((await RunAsync(source, TestRecipes.School)).Succeeded);
        await using (var scope = source.Services.CreateAsyncScope())
        {
            // A cover image in the media library travels with the course.
            var media = scope.ServiceProvider.GetRequiredService<Mektep.Media.IMediaStore>();
            var folder = await media.CreateFolderAsync("", "covers");
            var saved = await media.SaveAsync(folder, "budget.png", new MemoryStream(MediaSamples.Png()));
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var course = (await content.GetAsync("c-test-kk", VersionOptions.Latest))!;
            course.Alter<Mektep.Courses.Models.CoursePart>(c => c.CoverImagePath = saved.Path);
            await content.PublishAsync(course);
        }

        var admin = await source.AdminClientAsync();
        var export = await admin.GetAsync("/admin/recipes/export?set=c-test");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var recipe = await export.Content.ReadAsByteArrayAsync();

        await using var target = await SiteFactory.StartAsync(provider);
        var result = await RunAsync(target, recipe);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        await using var check = target.Services.CreateAsyncScope();
        var imported = check.ServiceProvider.GetRequiredService<IContentManager>();
        var kk = (await imported.GetAsync("c-test-kk", VersionOptions.Published))!;
        Assert.Equal("covers/budget.png", kk.As<Mektep.Courses.Models.CoursePart>().CoverImagePath);
        Assert.Equal(MediaSamples.Png().Length, check.ServiceProvider.GetRequiredService<Mektep.Media.IMediaStore>().GetInfo("covers/budget.png")!.Size);
        Assert.NotNull(await imported.GetAsync("c-test-ru", VersionOptions.Latest));
        Assert.Null(await imported.GetAsync("c-test-ru", VersionOptions.Published));
        Assert.Equal("Основы бюджета", (await imported.GetAsync("l-test-ru", VersionOptions.Published))!.DisplayText);
        var quiz = (await imported.GetAsync("q-test-ru", VersionOptions.Published))!.As<QuizPart>();
        var questions = await check.ServiceProvider.GetRequiredService<QuestionBank>().GetManyAsync(quiz.FixedQuestionIds);
        Assert.Equal(["income", "order"], quiz.FixedQuestionIds.Select(id => questions.Single(q => q.Id == id).Name));
        Assert.Equal("Бюджет", Assert.Single(await check.ServiceProvider.GetRequiredService<QuestionBank>().CategoriesAsync()).Name);
    }

    [Theory, Providers]
    public async Task AdminPages_CheckThenRunOnce_AndLearnersAreKeptOut(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var upload = await UploadAsync(admin, TestRecipes.School);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var previewUrl = upload.Headers.Location!.OriginalString;
        var preview = await admin.GetStringAsync(previewUrl);
        Assert.Contains("No problems found. The recipe has 4 steps", preview);

        var run = await admin.PostFormAsync(previewUrl, "recipe-run", new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Contains("The recipe ran.", await run.Content.ReadAsStringAsync());
        var again = await admin.PostFormAsync(previewUrl, "recipe-run", new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Upload the file again to run it again.", await again.Content.ReadAsStringAsync());

        var broken = await UploadAsync(admin, TestRecipes.Broken);
        var problems = await admin.GetStringAsync(broken.Headers.Location!.OriginalString);
        Assert.Contains("cannot run. Nothing was written.", problems);
        Assert.Contains("&#x27;atlantis&#x27; is not a region code", problems.Replace("'", "&#x27;"));

        await site.CreateUserAsync("learner@mektep.test", "Learner");
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/admin/recipes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/admin/recipes/export?set=c-test")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(previewUrl)).StatusCode);
    }

    [Theory, Providers]
    public async Task Upload_WithoutAFile_SaysSo(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await UploadAsync(admin, []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Choose a recipe file (.json) to upload.", await response.Content.ReadAsStringAsync());
    }

    internal static async Task<RecipeCheck> RunAsync(SiteFactory site, byte[] recipe)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var page = await client.GetStringAsync("/admin/recipes");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("recipe-upload"), "_handler" },
            { new StringContent(SiteFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "File", "school.recipe.json" },
        };
        return await client.PostAsync("/admin/recipes", content);
    }
}
