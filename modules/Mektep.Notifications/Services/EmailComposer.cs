using System.Globalization;
using Mektep.Email;
using Mektep.Localization;
using Mektep.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mektep.Notifications.Services;

/// <summary>
/// Renders a kind's templates for a recipient. Besides the caller's model, templates see <c>site</c>,
/// <c>recipient_name</c> and, for non-essential kinds, <c>unsubscribe_url</c>; a non-essential message whose
/// template forgot the link gets a footer with it, and always the List-Unsubscribe headers (RFC 2369, RFC 8058).
/// </summary>
public sealed class EmailComposer(
    EmailTemplates templates,
    UnsubscribeTokens tokens,
    ISiteSettingsStore settings,
    IOptions<NotificationOptions> options,
    IHttpContextAccessor http,
    IMessagePreferences preferences,
    IStringLocalizer<EmailComposer> T) : IEmailComposer
{
    public async Task<EmailMessage> ComposeAsync(string kind, EmailRecipient recipient, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default)
    {
        var definition = templates.Find(kind) ?? throw new ArgumentException($"No email kind '{kind}' is registered.", nameof(kind));
        // The language the person chose for messages wins over the one the caller guessed.
        var chosen = recipient.UserId is { } userId ? await preferences.GetCultureAsync(userId, cancellationToken) : null;
        var culture = chosen ?? (SiteCultures.IsSupported(recipient.Culture) ? recipient.Culture! : settings.Current.DefaultCulture);
        var template = await templates.ResolveAsync(definition, culture, cancellationToken);
        return await RenderAsync(definition, template, recipient, model, culture);
    }

    /// <summary>Renders any template (the admin preview uses the one being edited).</summary>
    public async Task<EmailMessage> RenderAsync(EmailKind kind, EmailTemplate template, EmailRecipient recipient, IReadOnlyDictionary<string, object?> model, string culture)
    {
        var values = new Dictionary<string, object?>(model, StringComparer.Ordinal)
        {
            ["site"] = settings.Current.SiteName,
            ["recipient_name"] = recipient.Name ?? recipient.Email,
        };
        string? unsubscribe = null;
        string? oneClick = null;
        if (!kind.IsEssential && recipient.UserId is not null)
        {
            var token = tokens.Create(recipient.UserId, kind.Name);
            unsubscribe = new Uri(BaseUri(), $"notifications/unsubscribe?token={token}").ToString();
            oneClick = new Uri(BaseUri(), $"notifications/unsubscribe/one-click?token={token}").ToString();
            values["unsubscribe_url"] = unsubscribe;
        }

        var info = CultureInfo.GetCultureInfo(culture);
        var subject = (await LiquidRenderer.RenderAsync(template.Subject, values, info, html: false)).ReplaceLineEndings(" ").Trim();
        var html = await LiquidRenderer.RenderAsync(template.HtmlBody, values, info, html: true);
        var text = await LiquidRenderer.RenderAsync(template.TextBody, values, info, html: false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (unsubscribe is not null && oneClick is not null)
        {
            var footer = Footer(culture);
            if (!text.Contains(unsubscribe, StringComparison.Ordinal))
            {
                text += $"\n\n{footer}: {unsubscribe}\n";
            }

            if (!html.Contains(System.Net.WebUtility.HtmlEncode(unsubscribe), StringComparison.Ordinal) && !html.Contains(unsubscribe, StringComparison.Ordinal))
            {
                html += $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribe)}\">{System.Net.WebUtility.HtmlEncode(footer)}</a></p>";
            }

            headers["List-Unsubscribe"] = $"<{oneClick}>";
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
        }

        return new EmailMessage
        {
            To = recipient.Email,
            ToName = recipient.Name,
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            Headers = headers,
        };
    }

    private string Footer(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return T["Unsubscribe from these emails"];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private Uri BaseUri()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        }

        return http.HttpContext?.Request is { } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : new Uri("http://localhost:5000/");
    }
}
