using System.Globalization;
using System.Net;
using Mektep.Initiatives.Models;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Initiatives;

/// <summary>Initiatives posted through the pages the way a browser posts them, and quick reads of what was stored.</summary>
internal static class InitiativeTestData
{
    public const string ReviewerRole = "Reviewer";

    public static Dictionary<string, string> Fields(string action = "submit", string title = "Сүт өңдеу кооперативі", string cost = "15 000 000", string jobs = "12", string income = "4 500 000,50")
        => new()
        {
            ["Input.Title"] = title,
            ["Input.Sector"] = nameof(InitiativeSector.Processing),
            ["Input.Description"] = "**Сүт** өңдеу цехы<script>alert(1)</script>",
            ["Input.Cost"] = cost,
            ["Input.Jobs"] = jobs,
            ["Input.Income"] = income,
            ["Input.OwnFunds"] = "true",
            ["Input.Investor"] = "true",
            ["Input.Participants"] = "Кооператив мүшелері: 8 үй",
            ["Input.Start"] = "2027-03",
            ["Input.End"] = "2028-06",
            ["Input.Action"] = action,
        };

    /// <summary>Posts the new-initiative form; returns the id from the redirect.</summary>
    public static async Task<long> CreateAsync(HttpClient learner, Dictionary<string, string>? fields = null)
    {
        var response = await learner.PostFormAsync("/initiatives/new", "initiative", fields ?? Fields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static async Task<HttpResponseMessage> ReviewAsync(HttpClient reviewer, long id, string action, string? comment, int? score = 4)
    {
        var fields = new Dictionary<string, string> { ["Input.Action"] = action };
        if (comment is not null)
        {
            fields["Input.Comment"] = comment;
        }

        if (score is { } s)
        {
            foreach (var name in new[] { "Feasibility", "IncomeEffect", "CostRealism", "LocalResources" })
            {
                fields["Input." + name] = s.ToString(CultureInfo.InvariantCulture);
            }
        }

        return await reviewer.PostFormAsync($"/admin/initiatives/{id}", "review", fields);
    }

    /// <summary>The attachment form as a browser posts it; the file name goes into Content-Disposition as given, unchecked.</summary>
    public static MultipartFormDataContent Upload(string page, string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{name}\"");
        return new MultipartFormDataContent
        {
            { new StringContent(SiteFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            file,
        };
    }

    public static long IdFrom(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        var segment = path.Split('/')[2];
        return long.Parse(segment, CultureInfo.InvariantCulture);
    }

    public static async Task<Initiative?> FindAsync(SiteFactory site, long id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Initiative>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
    }

    public static async Task<int> CountAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<Initiative>().CountAsync();
    }

    public static async Task<HttpClient> ReviewerAsync(SiteFactory site, string email = "reviewer@mektep.test")
    {
        await site.CreateUserAsync(email, ReviewerRole, "Сарапшы Әсел");
        return await site.SignedInClientAsync(email, TestUsers.Password);
    }
}
