using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Engine.Security;
using Mektep.Quizzes.Models;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Recipes;

/// <summary>The Akims' School recipe the development site starts with: it must stay valid as the modules change.</summary>
public sealed class DemoRecipeTests
{
    private static readonly string DemoRecipe = Path.Combine(AppContext.BaseDirectory, "Recipes", "akims-school.json");

    [Theory, Providers]
    public async Task FirstStart_RunsTheDemoSchool_Once(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Recipes:FirstRun"] = DemoRecipe });

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var courses = await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = ["Course"], Take = 100 });
            Assert.Equal(5, courses.Items.Count(c => c.Culture == "kk"));
            Assert.Equal(5, courses.Items.Count(c => c.Culture == "ru"));
            var quizzes = await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = [QuizTypes.Quiz], Take = 100 });
            Assert.All(quizzes.Items, q => Assert.InRange(q.As<QuizPart>().FixedQuestionIds.Count, 5, 10));
            var news = await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = ["NewsArticle"], Take = 100 });
            Assert.Equal(4, news.Items.Count(n => n.Culture == "kk"));
            Assert.Equal(4, news.Items.Count(n => n.Culture == "ru"));
            var templates = await services.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = ["CertificateTemplate"], Take = 100 });
            Assert.Equal(10, templates.TotalCount);
            var tree = await services.GetRequiredService<OrganisationTree>().LoadAsync();
            Assert.All(tree.Regions, r => Assert.NotEmpty(tree.DistrictsOf(r.Id)));
            var users = services.GetRequiredService<UserManager<SiteUser>>();
            Assert.True((await users.GetUsersInRoleAsync("Learner")).Count >= 30);
            Assert.NotEmpty(await users.GetUsersInRoleAsync("RegionalCoordinator"));
        }

        // A restart (or a second node) finds the marker and leaves the school as it is.
        var before = await CountContentAsync(site);
        await site.Services.GetRequiredService<SiteInitializer>().InitializeAsync();
        Assert.Equal(before, await CountContentAsync(site));

        var visitor = site.NewClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.Clear();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");
        Assert.Contains("Ауыл шаруашылығы кооперативтері", await visitor.GetStringAsync("/courses"));

        // The home page's blocks, the menu and the footer come from the recipe's site step.
        var home = await visitor.GetStringAsync("/");
        Assert.Contains("<dd>1 783</dd>", home);
        Assert.Contains("Бірінші ағынның қорытындысы: 1 783 әкім оқудан өтті", home);
        Assert.Contains(">Мектеп туралы</a>", home);
        Assert.Contains("Оқу материалдарын жоба командасы дайындаған.", home);
        Assert.Contains("Екінші ағынға қабылдау басталды", await visitor.GetStringAsync("/news"));
    }

    private static async Task<int> CountContentAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MektepDbContext>().Set<ContentItemRecord>().CountAsync();
    }
}
