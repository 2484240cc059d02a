using System.Net;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Data;
using Mektep.Initiatives.Models;
using Mektep.Notifications.Models;
using Mektep.Tests.Engine.Organisation;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Initiatives;

/// <summary>A learner's initiative from draft to approval through the pages, and the rules the server keeps on the way.</summary>
public sealed class InitiativeWorkflowTests
{
    [Theory, Providers]
    public async Task Journey_SubmitReturnResubmitApprove_HistoryAndNotificationsFollow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var data = await OrganisationTestData.CreateAsync(site);
        var learnerId = await site.LearnerAsync("akim@mektep.test", data.Ruzaevka, "Ерлан Сейтқали");
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var reviewer = await InitiativeTestData.ReviewerAsync(site);

        var id = await InitiativeTestData.CreateAsync(learner);
        var submitted = await InitiativeTestData.FindAsync(site, id);
        var noComment = await InitiativeTestData.ReviewAsync(reviewer, id, "return", comment: null, score: null);
        var returned = await InitiativeTestData.ReviewAsync(reviewer, id, "return", "Add the cost of the cooling tank.", score: null);
        var view = await learner.GetStringAsync($"/initiatives/{id}");
        var resubmit = await learner.PostFormAsync($"/initiatives/{id}/edit", "initiative", InitiativeTestData.Fields(cost: "16 200 000"));
        var approved = await InitiativeTestData.ReviewAsync(reviewer, id, "approve", "Good plan.", score: 5);
        var final = await InitiativeTestData.FindAsync(site, id);

        Assert.Equal(InitiativeStatus.Submitted, submitted!.Status);
        Assert.Equal(15_000_000, submitted.CostTenge);
        Assert.Equal(4_500_001, submitted.AnnualIncomeTenge);
        Assert.Equal(FundingSources.OwnFunds | FundingSources.Investor, submitted.Funding);
        Assert.Equal(data.Akmola, submitted.RegionId);
        Assert.Equal(data.Zerenda, submitted.DistrictId);
        Assert.Equal(data.Ruzaevka, submitted.RuralDistrictId);
        Assert.Equal((HttpStatusCode)422, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Add the cost of the cooling tank.", view, StringComparison.Ordinal);
        Assert.Contains("<strong>Сүт</strong>", view, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", view, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(InitiativeStatus.Approved, final!.Status);
        Assert.Equal(16_200_000, final.CostTenge);

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var history = await db.Set<InitiativeHistory>().Where(h => h.InitiativeId == id).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync();
        Assert.Equal([HistoryAction.Submitted, HistoryAction.Returned, HistoryAction.Submitted, HistoryAction.Approved], history);
        var mails = await db.Set<OutboxMessage>().Where(m => m.UserId == learnerId).OrderBy(m => m.Id).Select(m => m.Kind).ToListAsync();
        Assert.Equal(["initiatives.returned", "initiatives.approved"], mails);
        var notices = await db.Set<UserNotification>().Where(n => n.UserId == learnerId).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync();
        Assert.Equal(["initiatives.returned", "initiatives.approved"], notices);
    }

    [Theory, Providers]
    public async Task Save_InvalidNumbers_EachGetsAMessageAndNothingTypedIsLost(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("akim@mektep.test", null);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var fields = InitiativeTestData.Fields(cost: "15 млн", jobs: "2,5", income: "-300");
        fields["Input.End"] = "2026-01";

        var response = await learner.PostFormAsync("/initiatives/new", "initiative", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("id=\"Cost-error\"", html, StringComparison.Ordinal);
        Assert.Contains("is not a number", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Jobs-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Income-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The number cannot be negative.", html, StringComparison.Ordinal);
        Assert.Contains("The end cannot be before the start.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"15 млн\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2,5\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-300\"", html, StringComparison.Ordinal);
        Assert.Contains("Сүт өңдеу кооперативі", html, StringComparison.Ordinal);
        Assert.Contains("Кооператив мүшелері: 8 үй", html, StringComparison.Ordinal);
        Assert.Equal(0, await InitiativeTestData.CountAsync(site));
    }

    [Theory, Providers]
    public async Task Save_Limits_TooLargeCostAndJobsAreRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("akim@mektep.test", null);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);

        var response = await learner.PostFormAsync("/initiatives/new", "initiative", InitiativeTestData.Fields(cost: "1 000 000 000 001", jobs: "100 001", income: "2,555"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("At most 1", html, StringComparison.Ordinal);
        Assert.Contains("At most 100", html, StringComparison.Ordinal);
        Assert.Contains("At most two digits after the comma.", html, StringComparison.Ordinal);
        Assert.Equal(0, await InitiativeTestData.CountAsync(site));
    }

    [Theory, Providers]
    public async Task Draft_IncompleteIsSaved_SubmitNeedsEverything(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("akim@mektep.test", null);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var draft = new Dictionary<string, string> { ["Input.Title"] = "Туристік үй", ["Input.Cost"] = "2\u00A0500\u00A0000", ["Input.Action"] = "save" };

        var id = await InitiativeTestData.CreateAsync(learner, draft);
        var stored = await InitiativeTestData.FindAsync(site, id);
        draft["Input.Action"] = "submit";
        var submit = await learner.PostFormAsync($"/initiatives/{id}/edit", "initiative", draft);
        var html = await submit.Content.ReadAsStringAsync();

        Assert.Equal(InitiativeStatus.Draft, stored!.Status);
        Assert.Equal(2_500_000, stored.CostTenge);
        Assert.Equal((HttpStatusCode)422, submit.StatusCode);
        Assert.Contains("Choose a sector.", html, StringComparison.Ordinal);
        Assert.Contains("Describe the initiative.", html, StringComparison.Ordinal);
        Assert.Contains("Choose at least one funding source.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a month.", html, StringComparison.Ordinal);
        Assert.Equal(InitiativeStatus.Draft, (await InitiativeTestData.FindAsync(site, id))!.Status);
    }

    [Theory, Providers]
    public async Task Transitions_ServerRefusesStepsTheStatusDoesNotAllow(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("akim@mektep.test", null);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var reviewer = await InitiativeTestData.ReviewerAsync(site);
        var draftId = await InitiativeTestData.CreateAsync(learner, InitiativeTestData.Fields(action: "save"));
        var submittedId = await InitiativeTestData.CreateAsync(learner);

        var reviewDraft = await InitiativeTestData.ReviewAsync(reviewer, draftId, "approve", null, 5);
        var editSubmitted = await learner.PostFormAsync($"/initiatives/{submittedId}/edit", "initiative", InitiativeTestData.Fields(title: "Changed"));
        var approveWithoutScores = await InitiativeTestData.ReviewAsync(reviewer, submittedId, "approve", null, score: null);
        var approve = await InitiativeTestData.ReviewAsync(reviewer, submittedId, "approve", null, 5);
        var approveAgain = await InitiativeTestData.ReviewAsync(reviewer, submittedId, "return", "Again", 5);
        var editApproved = await learner.PostFormAsync($"/initiatives/{submittedId}/edit", "initiative", InitiativeTestData.Fields(title: "Changed"));

        Assert.Equal(HttpStatusCode.Conflict, reviewDraft.StatusCode);
        Assert.Equal(InitiativeStatus.Draft, (await InitiativeTestData.FindAsync(site, draftId))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, editSubmitted.StatusCode);
        Assert.Equal((HttpStatusCode)422, approveWithoutScores.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approveAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, editApproved.StatusCode);
        var final = await InitiativeTestData.FindAsync(site, submittedId);
        Assert.Equal(InitiativeStatus.Approved, final!.Status);
        Assert.Equal("Сүт өңдеу кооперативі", final.Title);
    }

    [Theory, Providers]
    public async Task OtherLearner_CannotSeeEditOrDownloadSomeoneElsesInitiative(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("owner@mektep.test", null);
        await site.LearnerAsync("other@mektep.test", null);
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        var id = await InitiativeTestData.CreateAsync(owner, InitiativeTestData.Fields(action: "save"));
        var ownPage = await other.GetStringAsync("/initiatives/new");

        var view = await other.GetAsync($"/initiatives/{id}");
        var edit = await other.GetAsync($"/initiatives/{id}/edit");
        var post = await other.PostAsync($"/initiatives/{id}/edit", FormClientExtensions.Form(ownPage, "initiative", InitiativeTestData.Fields(title: "Hijacked")));
        var download = await other.GetAsync($"/initiatives/{id}/attachments/0");
        var list = await other.GetStringAsync("/initiatives");
        var review = await other.GetAsync($"/admin/initiatives/{id}");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.DoesNotContain("Сүт өңдеу кооперативі", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        var stored = await InitiativeTestData.FindAsync(site, id);
        Assert.Equal("Сүт өңдеу кооперативі", stored!.Title);
        Assert.Equal(InitiativeStatus.Draft, stored.Status);
    }

    [Theory, Providers]
    public async Task Attachment_PdfUploadedByOwner_IsListedAndDownloadableByOwnerAndReviewerOnly(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.LearnerAsync("owner@mektep.test", null);
        await site.LearnerAsync("other@mektep.test", null);
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var other = await site.SignedInClientAsync("other@mektep.test", TestUsers.Password);
        var reviewer = await InitiativeTestData.ReviewerAsync(site);
        var id = await InitiativeTestData.CreateAsync(owner, InitiativeTestData.Fields(action: "save"));
        var page = await owner.GetStringAsync($"/initiatives/{id}/edit");

        var upload = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "smeta.pdf", "%PDF-1.4 test"u8.ToArray()));
        var wrongType = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "run.exe", "MZ"u8.ToArray()));
        var fake = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "fake.pdf", "not a pdf"u8.ToArray()));
        var byOwner = await owner.GetAsync($"/initiatives/{id}/attachments/0");
        var byReviewer = await reviewer.GetAsync($"/initiatives/{id}/attachments/0");
        var byOther = await other.GetAsync($"/initiatives/{id}/attachments/0");

        Assert.Equal($"/initiatives/{id}/edit?attached=1", upload.Headers.Location!.OriginalString);
        Assert.Equal($"/initiatives/{id}/edit?error=TypeNotAllowed", wrongType.Headers.Location!.OriginalString);
        Assert.Equal($"/initiatives/{id}/edit?error=ContentMismatch", fake.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        Assert.Equal("%PDF-1.4 test", await byOwner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Single((await InitiativeTestData.FindAsync(site, id))!.AttachmentPaths);
    }

    [Theory, Providers]
    public async Task Approval_OfTheCoursesInitiative_CompletesACourseThatRequiresIt(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var assignment = await site.Services.WithContentAsync(async content =>
        {
            var item = await content.NewAsync(InitiativeTypes.InitiativeAssignment);
            item.Culture = "kk";
            item.Apply(new TitlePart { Title = "Инвестициялық бастама" });
            return await content.CreateAsync(item, publish: true);
        });
        var course = await site.CourseAsync("Ауыл экономикасы", lessons: 0, alter: part => part.Sections[0].Items.Add(
            new CourseOutlineItem { ItemSet = assignment.LocalizationSet, ContentType = InitiativeTypes.InitiativeAssignment, Required = true }));
        var learnerId = await site.LearnerAsync("akim@mektep.test", null);
        await site.AdminEnrollAsync(course, [learnerId]);
        var learner = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var reviewer = await InitiativeTestData.ReviewerAsync(site);
        var fields = InitiativeTestData.Fields();
        fields["Input.CourseSet"] = course.LocalizationSet;

        var id = await InitiativeTestData.CreateAsync(learner, fields);
        var before = (await site.EnrollmentsAsync(course)).Single();
        await InitiativeTestData.ReviewAsync(reviewer, id, "approve", null, 4);
        var after = (await site.EnrollmentsAsync(course)).Single();

        Assert.Null(before.CompletedUtc);
        Assert.NotNull(after.CompletedUtc);
    }
}
