using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Mektep.Display;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Mektep.Engine.Caching;

/// <summary>
/// A public page as the site last sent it to an anonymous visitor: its headers and bytes, the site stamp it was
/// rendered under, and when.
/// </summary>
internal sealed class PublicPageCopy
{
    // Per answer, not per page; Kestrel writes its own Date and Server.
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Age, HeaderNames.Connection, HeaderNames.ContentLength, HeaderNames.Date, HeaderNames.KeepAlive,
        HeaderNames.Server, HeaderNames.SetCookie, HeaderNames.TransferEncoding,
    };

    public PublicPageCopy(IHeaderDictionary headers, byte[] body, string stamp, DateTimeOffset keptAt)
    {
        Headers = [.. headers.Where(h => !NotKept.Contains(h.Key))];
        Body = body;
        Stamp = stamp;
        KeptAt = keptAt;
    }

    public KeyValuePair<string, StringValues>[] Headers { get; }

    public byte[] Body { get; }

    public string Stamp { get; }

    public DateTimeOffset KeptAt { get; }

    public Task WriteAsync(HttpContext context, TimeSpan age)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        // As the output cache answers a copy: how old it is, in whole seconds.
        response.Headers.Age = ((long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = Body.Length;
        return response.Body.WriteAsync(Body, context.RequestAborted).AsTask();
    }
}

/// <summary>
/// The copies <see cref="PublicPageFrontMiddleware"/> answers from, in a cache of their own bounded by size (a copy
/// weighs its kilobytes). A copy is kept for <see cref="PublicPageCache.Lifetime"/> at most, as the output cache keeps
/// its own.
/// </summary>
internal sealed class PublicPageCopies(TimeProvider clock) : IDisposable
{
    /// <summary>In kilobytes: the most the copies may take.</summary>
    public const long SizeLimitKilobytes = 16 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitKilobytes });

    /// <summary>The copy kept for the key under the current stamp and its age, if it is younger than the lifetime.</summary>
    public bool TryGet(string key, string stamp, [NotNullWhen(true)] out PublicPageCopy? copy, out TimeSpan age)
    {
        age = _cache.TryGetValue(key, out copy) ? clock.GetUtcNow() - copy!.KeptAt : TimeSpan.MaxValue;
        return copy is not null && copy.Stamp == stamp && age < PublicPageCache.Lifetime;
    }

    public void Keep(string key, IHeaderDictionary headers, byte[] body, string stamp)
    {
        var copy = new PublicPageCopy(headers, body, stamp, clock.GetUtcNow());
        using var entry = _cache.CreateEntry(key);
        entry.Value = copy;
        entry.Size = (copy.Body.Length / 1024) + 1;
        entry.AbsoluteExpirationRelativeToNow = PublicPageCache.Lifetime;
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>
/// Marks a request <see cref="PublicPageFrontMiddleware"/> could not answer, for <see cref="PublicPageKeepMiddleware"/>
/// to keep what the site sends: the copy's key and the stamp taken before the page rendered (a change during the render
/// leaves the copy stale, never a stale page under a new stamp).
/// </summary>
internal sealed record PublicPageCandidate(string Key, string Stamp);

/// <summary>
/// First in the pipeline: answers an anonymous GET of a public page (<see cref="PublicPageCache.Policy"/>) from the
/// copy the site last sent for the same address and language inputs under the current site stamp, before routing,
/// authentication, localization and the output cache run. Under load those cost about as much as the answer itself.
/// A request carrying the sign-in cookie, an Authorization header or a query string is never answered here.
/// </summary>
internal sealed class PublicPageFrontMiddleware(
    RequestDelegate next,
    PublicPageCopies copies,
    SiteStamp siteStamp,
    IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private readonly string _signInCookie = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name!;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method)
            || request.QueryString.HasValue
            || request.Headers.Authorization.Count > 0
            || (request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(_signInCookie)))
        {
            return next(context);
        }

        // What picks an anonymous visitor's language: the language cookie, else Accept-Language, else the site's
        // default (part of the stamp). Kept by the raw values: two spellings of one language are two copies.
        var key = string.Concat([
            request.Scheme,
            "://",
            request.Host.Value,
            request.PathBase.Value,
            request.Path.Value,
            "\n",
            request.Headers.Cookie.Count > 0 ? request.Cookies[CookieRequestCultureProvider.DefaultCookieName] : null,
            "\n",
            request.Headers.AcceptLanguage.ToString(),
        ]);
        var stamp = siteStamp.Current;
        if (copies.TryGet(key, stamp, out var copy, out var age))
        {
            return copy.WriteAsync(context, age);
        }

        context.Features.Set(new PublicPageCandidate(key, stamp));
        return next(context);
    }
}

/// <summary>
/// Right after routing: for a request <see cref="PublicPageFrontMiddleware"/> marked whose endpoint is a public page,
/// holds the answer back, and keeps it when it is a 200 to an anonymous visitor that sets no cookie (the output
/// cache's own rule), whether the page rendered or the output cache answered.
/// </summary>
internal sealed class PublicPageKeepMiddleware(RequestDelegate next, PublicPageCopies copies)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<PublicPageCandidate>() is not { } candidate
            || context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName != PublicPageCache.Policy)
        {
            await next(context);
            return;
        }

        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Features.Set<PublicPageCandidate>(null);
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && context.User.Identity?.IsAuthenticated != true)
        {
            copies.Keep(candidate.Key, response.Headers, buffer.ToArray(), candidate.Stamp);
        }

        if (buffer.Length > 0)
        {
            response.ContentLength ??= buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(response.Body, context.RequestAborted);
        }
    }
}
