using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Mektep.Data;
using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Engine.Account;

public sealed partial class PasswordResetTests
{
    [Theory, Providers]
    public async Task ForgotPassword_EmailedLink_SetsNewPassword(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();
        var form = await client.GetStringAsync("/account/forgot-password");
        var sent = await client.PostAsync("/account/forgot-password", FormClientExtensions.Form(form, "forgot-password", new() { ["Input.Email"] = SiteFactory.AdminEmail }));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var link = ResetLink(Assert.Single(Directory.GetFiles(site.MailFolder, "*.eml")));
        var resetPage = await client.GetStringAsync(link);

        var reset = await client.PostAsync(link, FormClientExtensions.Form(resetPage, "reset-password", new()
        {
            ["Input.UserId"] = Regex.Match(link, "userId=([^&]+)").Groups[1].Value,
            ["Input.Code"] = Regex.Match(link, "code=([^&]+)").Groups[1].Value,
            ["Input.Password"] = "A-brand-new-password-2",
        }));

        var html = await reset.Content.ReadAsStringAsync();
        Assert.True(reset.StatusCode == HttpStatusCode.OK, html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Contains("You can sign in now.", html);
        await site.SignedInClientAsync(SiteFactory.AdminEmail, "A-brand-new-password-2");
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.SignedInClientAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword));
    }

    [Theory, Providers]
    public async Task ForgotPassword_UnknownEmail_SameAnswerAndNoMail(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();
        var form = await client.GetStringAsync("/account/forgot-password");

        var sent = await client.PostAsync("/account/forgot-password", FormClientExtensions.Form(form, "forgot-password", new() { ["Input.Email"] = "nobody@mektep.test" }));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("If an account uses that address", await sent.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(site.MailFolder) && Directory.GetFiles(site.MailFolder).Length > 0);
    }

    [Theory, Providers]
    public async Task ResetPassword_ForgedCode_Refused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var client = site.NewClient();
        var page = await client.GetStringAsync("/account/reset-password?userId=x&code=y");

        var reset = await client.PostAsync("/account/reset-password", FormClientExtensions.Form(page, "reset-password", new()
        {
            ["Input.UserId"] = "no-such-user",
            ["Input.Code"] = "Zm9yZ2Vk",
            ["Input.Password"] = "A-brand-new-password-2",
        }));

        Assert.Equal((HttpStatusCode)422, reset.StatusCode);
        Assert.Contains("This link is not valid any more.", await reset.Content.ReadAsStringAsync());
    }

    private static string ResetLink(string emlPath)
    {
        var eml = File.ReadAllText(emlPath);
        var body = eml[(eml.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)));
        var uri = new Uri(LinkPattern().Match(text).Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\S+")]
    private static partial Regex LinkPattern();
}
