using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Mektep.Display;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mektep.Engine.Caching;

/// <summary>Whether signed-in <see cref="PageShellAttribute"/> pages are answered from kept shells (<c>PageShells:Enabled</c>).</summary>
public sealed class PageShellOptions
{
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Answers a signed-in GET of a <see cref="PageShellAttribute"/> page from its kept shell and the viewer's slot
/// markups when it has them all, and otherwise lets the page render with its slots marked, keeps what the render
/// shows and sends the markup without the marks. What the fast answer sends is byte for byte what the page would
/// render (the tests compare them); the headers are the ones a rendered page with an antiforgery token gets.
/// </summary>
internal sealed class PageShellMiddleware(
    RequestDelegate next,
    PageShellStore store,
    IEnumerable<IViewerSlot> slots,
    IAntiforgery antiforgery,
    IOptions<AntiforgeryOptions> antiforgeryOptions,
    IOptions<PageShellOptions> options,
    SiteStamp siteStamp)
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    private readonly FrozenDictionary<string, IViewerSlot> _slots = slots.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
    private readonly string _antiforgeryCookie = antiforgeryOptions.Value.Cookie.Name!;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.Enabled
            || !HttpMethods.IsGet(context.Request.Method)
            || context.Request.QueryString.HasValue
            || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || context.GetEndpoint()?.Metadata.GetMetadata<PageShellAttribute>() is null)
        {
            await next(context);
            return;
        }

        // Everything the markup outside the slots depends on besides the URL; the slots' markup too, besides their key.
        var state = string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.CurrentCulture.Name}/{CultureInfo.CurrentUICulture.Name}/{siteStamp.Current}");
        var shellKey = context.Request.Path.Value + "\n" + state;
        if (!await TryAnswerAsync(context, userId, shellKey, state))
        {
            await RenderAndKeepAsync(context, userId, shellKey, state);
        }
    }

    private async Task<bool> TryAnswerAsync(HttpContext context, string userId, string shellKey, string state)
    {
        if (!store.TryGetShell(shellKey, out var shell)
            || context.Request.Cookies[_antiforgeryCookie] is not { } cookie
            || !store.TryGetToken(userId, cookie, out var token))
        {
            return false;
        }

        var markups = new Markup[shell!.Slots.Count];
        for (var i = 0; i < markups.Length; i++)
        {
            if (!_slots.TryGetValue(shell.Slots[i], out var slot)
                || await slot.KeyAsync(context, shell.PageValues) is not { } key
                || !store.TryGetSlot(slot.Name, key, state, out var markup))
            {
                return false;
            }

            markups[i] = markup!;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = HtmlContentType;
        response.ContentLength = shell.Literals.Sum(l => l.Length(token!.Length)) + markups.Sum(m => m.Length(token!.Length));
        // As the antiforgery service sets them for any response that carries a token.
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers.Pragma = "no-cache";
        var writer = response.BodyWriter;
        for (var i = 0; i < markups.Length; i++)
        {
            shell.Literals[i].WriteTo(writer, token);
            markups[i].WriteTo(writer, token);
        }

        shell.Literals[^1].WriteTo(writer, token);
        await writer.FlushAsync(context.RequestAborted);
        return true;
    }

    private async Task RenderAndKeepAsync(HttpContext context, string userId, string shellKey, string state)
    {
        var capture = new PageShellCapture();
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IPageShellCapture>(capture);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Features.Set<IPageShellCapture>(null);
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK
            || !MediaTypeHeaderValue.TryParse(context.Response.ContentType, out var type) || !type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        // The page rendered its forms' token through this same call, which answers the one it made for this request.
        var tokens = antiforgery.GetAndStoreTokens(context);
        var cut = capture.Split(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), tokens.RequestToken!);
        if (cut.Shell is not null)
        {
            store.KeepShell(shellKey, cut.Shell);
            foreach (var (slot, key, markup) in cut.Slots)
            {
                store.KeepSlot(slot, key, state, markup);
            }

            // Only a cookie the request brought: a new one (none, or one that did not decrypt) is sent with this answer.
            if (tokens.CookieToken is null && context.Request.Cookies[_antiforgeryCookie] is { } cookie)
            {
                store.KeepToken(userId, cookie, tokens.RequestToken!);
            }
        }

        var html = Encoding.UTF8.GetBytes(cut.Html);
        context.Response.ContentLength = html.Length;
        await context.Response.Body.WriteAsync(html, context.RequestAborted);
    }
}
