using System.Net;
using System.Text.RegularExpressions;
using Mektep.Audit;
using Mektep.Data;
using Mektep.Engine.Audit;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Admin;

public sealed partial class AuditTrailTests
{
    private const string AdminName = "Test Administrator";

    [Theory, Providers]
    public async Task Publish_ThroughTheAdminEditor_RecordsCreatedAndPublishedByTheAdmin(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var admin = await site.AdminClientAsync();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var id = await PublishNoteAsync(admin, "Audited note");

        var events = await EventsAsync(site, new AuditSearch(Category: AuditCategories.Content, Subject: id));
        Assert.Equal([AuditActions.Published, AuditActions.Created], events.Select(e => e.Action));
        Assert.All(events, e =>
        {
            Assert.Equal(AdminName, e.ActorName);
            Assert.Equal(id, e.SubjectId);
            Assert.Equal("Audited note", e.SubjectName);
            Assert.InRange(e.OccurredUtc, before, DateTime.UtcNow.AddSeconds(1));
        });
        Assert.Equal(await site.AdminIdAsync(), events[0].ActorId);
    }

    [Theory, Providers]
    public async Task Delete_ThroughTheAdminEditor_RecordsDeleted(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var admin = await site.AdminClientAsync();
        var id = await PublishNoteAsync(admin, "Doomed note");

        var response = await admin.PostFormAsync($"/admin/content/{id}/edit", "content-delete", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var deleted = await EventsAsync(site, new AuditSearch(Action: AuditActions.Deleted, Subject: id));
        Assert.Equal(AdminName, Assert.Single(deleted).ActorName);
    }

    [Theory, Providers]
    public async Task Features_DisableAModule_RecordsIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync("/admin/features", "features", new Dictionary<string, string> { ["Toggle"] = "disable:Mektep.TestModule" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = Assert.Single(await EventsAsync(site, new AuditSearch(Category: AuditCategories.Features)));
        Assert.Equal(AuditActions.Disabled, recorded.Action);
        Assert.Equal("Mektep.TestModule", recorded.SubjectId);
        Assert.Equal(AdminName, recorded.ActorName);
    }

    [Theory, Providers]
    public async Task Roles_ChangePermissions_RecordsTheChange(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var page = $"/admin/roles/{StandardRoles.CurriculumEditor}";
        var form = await admin.GetStringAsync(page);

        var response = await admin.PostAsync(page, new FormUrlEncodedContent(
        [
            new("_handler", "role-permissions"),
            new("__RequestVerificationToken", SiteFactory.AntiforgeryToken(form)),
            new("Granted", EnginePermissions.AccessAdmin.Name),
            new("Granted", EnginePermissions.ManageContent.Name),
            new("Granted", EnginePermissions.ViewAuditTrail.Name),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = Assert.Single(await EventsAsync(site, new AuditSearch(Category: AuditCategories.Roles)));
        Assert.Equal(AuditActions.PermissionsChanged, recorded.Action);
        Assert.Equal(StandardRoles.CurriculumEditor, recorded.SubjectName);
        Assert.Contains(EnginePermissions.ViewAuditTrail.Name, recorded.Details, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Users_DisableAndChangeRoles_RecordsUpdatedDisabledAndRolesChanged(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner, "Learner");
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync($"/admin/users/{id}", "user-edit", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Learner",
            ["Input.Email"] = "learner@mektep.test",
            ["Input.Roles"] = StandardRoles.CurriculumEditor,
            ["Input.Disabled"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var events = await EventsAsync(site, new AuditSearch(Category: AuditCategories.Users, Subject: id));
        Assert.Equal([AuditActions.Disabled, AuditActions.RolesChanged, AuditActions.Updated], events.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal("learner@mektep.test", e.SubjectName));
        Assert.Equal($"{StandardRoles.Learner} → {StandardRoles.CurriculumEditor}", events.Single(e => e.Action == AuditActions.RolesChanged).Details);
    }

    [Theory, Providers]
    public async Task Content_UnpublishAndRestore_AreRecorded(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var admin = await site.AdminClientAsync();
        var id = await PublishNoteAsync(admin, "Versioned note");

        var unpublished = await admin.PostFormAsync($"/admin/content/{id}/edit", "content-unpublish", new Dictionary<string, string>());
        await using (var scope = site.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.ActAs(await site.AdminIdAsync());
            var content = scope.ServiceProvider.GetRequiredService<Mektep.Content.IContentManager>();
            var first = (await content.GetHistoryAsync(id)).Last();
            await content.RestoreAsync(first.ContentItemVersionId);
        }

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        var actions = (await EventsAsync(site, new AuditSearch(Category: AuditCategories.Content, Subject: id))).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.Unpublished, actions);
        Assert.Equal(AuditActions.Restored, actions[0]);
    }

    [Theory, Providers]
    public async Task AuditPage_Filters_ByCategoryAndActorWithPaging(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var editorId = await site.CreateUserAsync("zhanar@mektep.test", StandardRoles.CurriculumEditor, "Жанар Editor");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.ActAs(editorId);
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 1; i <= 3; i++)
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Updated, "Site", $"Setting change {i}"));
            }
        }

        var admin = await site.AdminClientAsync();
        await admin.PostFormAsync("/admin/features", "features", new Dictionary<string, string> { ["Toggle"] = "disable:Mektep.TestModule" });

        var settings = await admin.GetStringAsync("/admin/audit?category=Settings");
        var firstPage = await admin.GetStringAsync("/admin/audit?category=Settings&size=2");
        var secondPage = await admin.GetStringAsync("/admin/audit?category=Settings&size=2&page=2");
        var byEmail = await admin.GetStringAsync("/admin/audit?actor=ZHANAR%40mektep");
        var byName = await admin.GetStringAsync("/admin/audit?actor=" + Uri.EscapeDataString("жанар"));
        var byAdmin = await admin.GetStringAsync("/admin/audit?actor=administrator");
        var all = await admin.GetStringAsync("/admin/audit");

        Assert.Equal(3, Categories(settings).Count(c => c == AuditCategories.Settings));
        Assert.Equal(3, Rows(settings));
        Assert.Equal(["Setting change 3", "Setting change 2"], Subjects(firstPage));
        Assert.Contains("href=\"/admin/audit?category=Settings&amp;size=2&amp;page=2\"", firstPage);
        Assert.Equal(["Setting change 1"], Subjects(secondPage));
        Assert.Equal(3, Rows(byEmail));
        Assert.Equal(3, Rows(byName));
        Assert.All(Categories(byAdmin), c => Assert.NotEqual(AuditCategories.Settings, c));
        Assert.Contains(AuditCategories.Features, Categories(byAdmin));
        Assert.Contains(AuditCategories.Features, Categories(all));
        Assert.Contains(AuditCategories.Settings, Categories(all));
    }

    [Theory, Providers]
    public async Task Settings_Saved_RecordsIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync("/admin/settings", "settings", new Dictionary<string, string>
        {
            ["Input.SiteName"] = "Әкімдер мектебі",
            ["Input.DefaultCulture"] = "kk",
            ["Input.SiteTheme"] = "Mektep.Themes.AkimsSchool",
            ["Input.AdminTheme"] = "Mektep.Themes.Admin",
            ["Input.PageSize"] = "25",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var recorded = Assert.Single(await EventsAsync(site, new AuditSearch(Category: AuditCategories.Settings)));
        Assert.Equal(AuditActions.Updated, recorded.Action);
        Assert.Equal("Әкімдер мектебі", recorded.SubjectName);
        Assert.Equal(AdminName, recorded.ActorName);
    }

    [Theory, Providers]
    public async Task AuditPage_CurriculumEditorWithoutViewAuditTrail_Gets403(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var admin = await site.AdminClientAsync();

        var forbidden = await editor.GetAsync("/admin/audit");
        var allowed = await admin.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static async Task<string> PublishNoteAsync(HttpClient admin, string title)
    {
        var page = await admin.GetStringAsync($"/admin/content/new/{TestContent.Note}");
        var response = await admin.PostAsync($"/admin/content/new/{TestContent.Note}", FormClientExtensions.Form(page, "content-editor", new Dictionary<string, string>
        {
            ["Revision"] = RevisionInput().Match(page).Groups[1].Value,
            ["Action"] = "publish",
            ["TitlePart.Title"] = title,
            [$"{TestContent.Note}.{TestContent.Body}"] = "Body text",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    private static async Task<IReadOnlyList<AuditEventRecord>> EventsAsync(SiteFactory site, AuditSearch search)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AuditTrail>().SearchAsync(search)).Events;
    }

    private static IEnumerable<string> Categories(string html) => CategoryAttribute().Matches(html).Select(m => m.Groups[1].Value);

    private static int Rows(string html) => CategoryAttribute().Count(html);

    private static List<string> Subjects(string html)
        => [.. SubjectCell().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];

    [GeneratedRegex("data-audit-category=\"([^\"]*)\"")]
    private static partial Regex CategoryAttribute();

    [GeneratedRegex("<td>\\s*(Setting change \\d)\\s*</td>")]
    private static partial Regex SubjectCell();

    [GeneratedRegex("name=\"Revision\" value=\"(-?\\d+)\"")]
    private static partial Regex RevisionInput();

    [GeneratedRegex("/admin/content/([^/?]+)/edit")]
    private static partial Regex EditLocation();
}
