using System.Net;
using System.Text.RegularExpressions;
using Mektep.Certificates.Models;
using Mektep.Content;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Certificates;

public sealed partial class CertificateTemplateEditorTests
{
    [Theory, Providers]
    public async Task Editor_PublishTemplate_StoresTheSettingsAndIssuesFromThem(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Ауыл бюджеті");
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/content/new/CertificateTemplate");

        var response = await admin.PostAsync("/admin/content/new/CertificateTemplate", Form(page, course.LocalizationSet, "Түлек: {{ learner_name }}"));

        Assert.Contains("Ауыл бюджеті", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var stored = await site.Services.WithContentAsync(content => content.GetAsync(id, VersionOptions.Published));
        var part = stored!.As<CertificateTemplatePart>();
        Assert.Equal(course.LocalizationSet, part.CourseSet);
        Assert.Equal(CertificatePageSize.Letter, part.PageSize);
        Assert.Equal(CertificateOrientation.Portrait, part.Orientation);
        Assert.Equal(["Б. Тоқаев", "А. Сейітова"], part.Signatories.Select(s => s.Name));
        Assert.Equal(75m, part.MinimumGrade);
        Assert.Equal(24, part.ValidityMonths);
        Assert.True(part.IssueOnCompletion);
    }

    [Theory, Providers]
    public async Task Editor_BrokenLiquidOrMissingImage_IsRefusedWithMessages(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var course = await site.CourseAsync("Курс");
        var admin = await site.AdminClientAsync();
        var page = await admin.GetStringAsync("/admin/content/new/CertificateTemplate");

        var response = await admin.PostAsync("/admin/content/new/CertificateTemplate", Form(page, course.LocalizationSet, "{% if %}", background: "nowhere/frame.png"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The text is not valid Liquid", html, StringComparison.Ordinal);
        Assert.Contains("There is no such file in the media library.", html, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string page, string courseSet, string body, string background = "")
        => new(new Dictionary<string, string>
        {
            ["_handler"] = "content-editor",
            ["__RequestVerificationToken"] = SiteFactory.AntiforgeryToken(page),
            ["Revision"] = RevisionInput().Match(page).Groups[1].Value,
            ["Action"] = "publish",
            ["TitlePart.Title"] = "Бітіру сертификаты",
            ["CertificateTemplatePart.CourseSet"] = courseSet,
            ["CertificateTemplatePart.Body"] = body,
            ["CertificateTemplatePart.PageSize"] = "Letter",
            ["CertificateTemplatePart.Orientation"] = "Portrait",
            ["CertificateTemplatePart.BackgroundImagePath"] = background,
            ["CertificateTemplatePart.Signatory0Name"] = "Б. Тоқаев",
            ["CertificateTemplatePart.Signatory0Position"] = "Директор",
            ["CertificateTemplatePart.Signatory1Name"] = "А. Сейітова",
            ["CertificateTemplatePart.Signatory1Position"] = "Хатшы",
            ["CertificateTemplatePart.IssueOnCompletion"] = "true",
            ["CertificateTemplatePart.MinimumGrade"] = "75",
            ["CertificateTemplatePart.ValidityMonths"] = "24",
        });

    [GeneratedRegex("name=\"Revision\" value=\"(-?\\d+)\"")]
    private static partial Regex RevisionInput();

    [GeneratedRegex("/admin/content/([^/]+)/edit")]
    private static partial Regex EditLocation();
}
