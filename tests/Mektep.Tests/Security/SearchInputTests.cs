using System.Net;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;

namespace Mektep.Tests.Security;

/// <summary>
/// SQL and full-text query syntax typed into every search box and text filter: each page answers 200, never a
/// server error, on both databases. ContentTextIndexTests checks the full-text index itself.
/// </summary>
public sealed class SearchInputTests
{
    /// <summary>Pages and the text parameter each takes ({0}: a course's id).</summary>
    private static readonly string[] Boxes =
    [
        "/courses?q=", "/courses?level=", "/courses?tag=",
        "/admin/content?q=", "/admin/content?type=", "/admin/content?status=", "/admin/content?culture=",
        "/admin/users?q=", "/admin/users?role=", "/admin/users?status=", "/admin/users?region=", "/admin/users?district=",
        "/admin/certificates?q=", "/admin/certificates?course=", "/admin/certificates?region=", "/admin/certificates?status=",
        "/admin/certificates?from=", "/admin/certificates?to=", "/admin/certificates/register.csv?q=",
        "/admin/questions?q=", "/admin/questions?type=",
        "/admin/courses?q=", "/admin/courses/{0}/outline?q=",
        "/admin/courses/{0}/enrollments?q=", "/admin/courses/{0}/enrollments?find=", "/admin/courses/{0}/enrollments?status=",
        "/admin/courses/{0}/enrollments?region=", "/admin/courses/{0}/enrollments?district=",
        "/admin/audit?category=", "/admin/audit?action=", "/admin/audit?actor=", "/admin/audit?subject=", "/admin/audit?from=", "/admin/audit?to=",
        "/admin/initiatives?sector=", "/admin/initiatives?status=", "/admin/initiatives?region=",
        "/admin/initiatives/registry?sector=", "/admin/initiatives/registry?status=", "/admin/initiatives/registry?region=",
        "/admin/initiatives/registry.csv?sector=", "/verify?code=",
    ];

    private static readonly string[] Payloads =
    [
        "'", "\"", ";", "--", "%", "_", "\\", "' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE \"AspNetUsers\"; --", "ab'c", "%' OR '%'='",
        "NEAR(ауыл мал)", "* \" AND", "ауыл* OR -мал", "a & !b | c:*", "\0", "ауыл\0мал",
    ];

    [Theory, Providers]
    public async Task SearchBoxes_QuerySyntax_Answer200(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Certificates:VerifyPermitsPerMinute"] = "1000" });
        var course = await site.CourseAsync("Ауыл шаруашылығы");
        await site.CreateUserAsync("akim@mektep.test", StandardRoles.Learner, "Ауыл Әкімі");
        var admin = await site.AdminClientAsync();
        var wrong = new List<string>();

        foreach (var box in Boxes)
        {
            foreach (var payload in Payloads)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, box, course.ContentItemId) + Uri.EscapeDataString(payload);
                var response = await admin.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    wrong.Add($"{url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
