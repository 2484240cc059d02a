using System.Globalization;
using Mektep.Data;
using Mektep.Email;
using Mektep.Notifications.Services;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Notifications.Services;

public sealed class EmailComposerTests
{
    private static readonly Dictionary<string, object?> Model = new()
    {
        ["title"] = "Budgets",
        ["message"] = "<script>alert(1)</script> & more",
        ["url"] = "https://example.org/c?a=1&b=2",
    };

    [Theory]
    [InlineData("kk", "Сәлеметсіз бе, Айгүл!")]
    [InlineData("ru", "Здравствуйте, Айгүл!")]
    [InlineData("en", "Hello Айгүл,")]
    public async Task Render_DefaultTemplateInCulture_GreetsInThatLanguage(string culture, string greeting)
    {
        var template = EmailTemplates.Default(DefaultEmailKinds.Announcement, culture);

        var text = await LiquidRenderer.RenderAsync(template.TextBody, new Dictionary<string, object?>(Model) { ["recipient_name"] = "Айгүл" }, CultureInfo.GetCultureInfo(culture), html: false);

        Assert.StartsWith(greeting, text);
    }

    [Fact]
    public async Task Render_HtmlTemplate_EncodesValuesButTextKeepsThem()
    {
        var template = EmailTemplates.Default(DefaultEmailKinds.Announcement, "en");

        var html = await LiquidRenderer.RenderAsync(template.HtmlBody, Model, CultureInfo.InvariantCulture, html: true);
        var text = await LiquidRenderer.RenderAsync(template.TextBody, Model, CultureInfo.InvariantCulture, html: false);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<script>alert(1)</script> & more", text);
    }

    [Theory, Providers]
    public async Task Compose_NonEssentialKind_AddsSignedUnsubscribeLinkAndOneClickHeaders(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Notifications:PublicBaseUrl"] = "https://school.example.kz" });
        await using var scope = site.Services.CreateAsyncScope();
        var composer = scope.ServiceProvider.GetRequiredService<IEmailComposer>();

        var message = await composer.ComposeAsync(DefaultEmailKinds.Announcement.Name, new EmailRecipient("aigul@mektep.test", "Айгүл", "user-1", "kk"), Model);

        Assert.StartsWith("Mektep: Budgets", message.Subject);
        Assert.Contains("Сәлеметсіз бе, Айгүл!", message.HtmlBody);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<https://school.example.kz/notifications/unsubscribe/one-click?token=", message.Headers["List-Unsubscribe"]);
        Assert.Contains("https://school.example.kz/notifications/unsubscribe?token=", message.TextBody);
    }
}
