using System.Net;
using Mektep.Data;
using Mektep.Markdown;
using Mektep.Markdown.Services;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Markdown;

public sealed class MarkdownPreviewEndpointTests
{
    [Theory, Providers]
    public async Task Preview_AdminWithToken_ReturnsSanitizedHtml(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var token = SiteFactory.AntiforgeryToken(await admin.GetStringAsync("/admin/features"));

        var response = await admin.PostAsync(MarkdownPreviewEndpoint.Path, Form(token, "**Ауыл** [x](javascript:alert(1)) <script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Ауыл</strong>", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, Providers]
    public async Task Preview_Anonymous_IsNotServed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();

        var response = await client.PostAsync(MarkdownPreviewEndpoint.Path, Form(null, "**x**"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory, Providers]
    public async Task Preview_NoAntiforgeryToken_Answers400(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostAsync(MarkdownPreviewEndpoint.Path, Form(null, "**x**"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, Providers]
    public async Task Preview_TooLong_Answers400WithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var token = SiteFactory.AntiforgeryToken(await admin.GetStringAsync("/admin/features"));

        var response = await admin.PostAsync(MarkdownPreviewEndpoint.Path, Form(token, new string('a', MarkdownText.MaxLength + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200", await response.Content.ReadAsStringAsync());
    }

    private static FormUrlEncodedContent Form(string? token, string markdown)
    {
        var values = new Dictionary<string, string> { [MarkdownPreviewEndpoint.Field] = markdown };
        if (token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(values);
    }
}
