using Mektep.Audit;
using Mektep.Media;
using Mektep.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mektep.Engine.Media;

/// <summary>
/// Serving <c>/media/{path}</c> to anyone who has the address, and the admin upload post, which streams the file
/// into the store instead of buffering the whole form.
/// </summary>
internal static class MediaEndpoints
{
    public const string UploadPath = "/admin/media/upload";
    public const string FileField = "file";
    public const string FolderField = "folder";

    /// <summary>Room for the form's other fields and multipart headers beyond the file itself.</summary>
    private const long EnvelopeBytes = 1024 * 1024;
    private const int MaxFieldLength = 4096;

    public static void AddServices(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = new MediaOptions();
        configuration.GetSection(MediaOptions.Section).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IMediaStore>(new FileSystemMediaStore(options, contentRoot));
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{**path}", Serve).WithName("Media");
        endpoints.MapPost(UploadPath, UploadAsync).RequireAuthorization(EnginePermissions.ManageMedia.Policy);
    }

    private static IResult Serve(string? path, IMediaStore store, HttpContext context)
    {
        if (path is null || store.GetInfo(path) is not { } info || MediaKinds.Find(info.Path) is not { } kind || store.OpenRead(path) is not { } stream)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // A saved name is never overwritten (a new upload gets a suffix), so a name's bytes never change.
        headers.CacheControl = "public, max-age=31536000, immutable";
        // Should a browser ever render a file as a page, it gets no script and no same-origin rights.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        var tag = new EntityTagHeaderValue($"\"{info.Size:x}-{info.ModifiedUtc.UtcTicks:x}\"");
        return Results.File(stream, info.ContentType, kind.IsImage ? null : info.Name, info.ModifiedUtc, tag, enableRangeProcessing: true);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context,
        IMediaStore store,
        MediaOptions options,
        IAntiforgery antiforgery,
        IOptions<AntiforgeryOptions> antiforgeryOptions,
        IAuditTrail audit,
        ILoggerFactory loggers)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Twice the file limit: a file a little too large is read to the end and gets the clear message.
            limit.MaxRequestBodySize = (options.MaxFileBytes * 2) + EnvelopeBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Results.BadRequest("Send the file as multipart/form-data.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var validated = false;
        string? saved = null;
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body);
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (section.GetContentDispositionHeader() is not { } disposition || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    continue;
                }

                if (!disposition.IsFileDisposition())
                {
                    fields[name] = await ReadFieldAsync(section.Body, context.RequestAborted);
                    continue;
                }

                // The token field comes before the file in the form, so the check runs before any byte is stored.
                validated = validated || await IsValidAsync(context, antiforgery, antiforgeryOptions.Value, fields);
                if (!validated)
                {
                    return Results.BadRequest("The form has expired. Reload the page and try again.");
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                if (name != FileField || saved is not null || fileName.Length == 0)
                {
                    continue;
                }

                var file = await store.SaveAsync(Folder(fields), fileName, section.Body, context.RequestAborted);
                saved = file.Path;
                await audit.RecordAsync(new AuditEvent(AuditCategories.Media, AuditActions.Created, file.Path, file.Name, $"{file.ContentType}, {file.Size} bytes"), context.RequestAborted);
            }

            if (!validated && !await IsValidAsync(context, antiforgery, antiforgeryOptions.Value, fields))
            {
                return Results.BadRequest("The form has expired. Reload the page and try again.");
            }

            return saved is null
                ? Back(Folder(fields), "error", "NoFile")
                : Back(MediaPaths.Parent(saved), "saved", saved);
        }
        catch (MediaValidationException ex) when (validated)
        {
            await DrainAsync(context);
            return Back(Folder(fields), "error", ex.Error.ToString());
        }
        catch (MediaStorageException ex)
        {
            loggers.CreateLogger(typeof(MediaEndpoints)).LogError(ex, "A media upload could not be stored.");
            await DrainAsync(context);
            return Back(Folder(fields), "error", "Storage");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Back(Folder(fields), "error", nameof(MediaError.TooLarge));
        }
        catch (InvalidDataException)
        {
            // A malformed multipart body (or one whose section headers are over the reader's limits).
            return Results.BadRequest("The upload could not be read. Try again.");
        }
    }

    private static string Folder(Dictionary<string, string> fields)
        => fields.TryGetValue(FolderField, out var folder) && MediaPaths.IsSafe(folder, allowRoot: true) ? folder : "";

    private static IResult Back(string folder, string key, string value)
    {
        var query = new Dictionary<string, string?> { [key] = value };
        if (folder.Length > 0)
        {
            query["folder"] = folder;
        }

        return Results.Redirect(QueryHelpers.AddQueryString("/admin/media", query));
    }

    private static async Task<bool> IsValidAsync(HttpContext context, IAntiforgery antiforgery, AntiforgeryOptions options, Dictionary<string, string> fields)
    {
        if (options.HeaderName is null || !fields.TryGetValue(options.FormFieldName, out var token))
        {
            return false;
        }

        // Antiforgery reads a header before the form; giving it the streamed field keeps it from buffering the file.
        context.Request.Headers[options.HeaderName] = token;
        return await antiforgery.IsRequestValidAsync(context);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxFieldLength + 1];
        using var reader = new StreamReader(body, leaveOpen: true);
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > MaxFieldLength)
        {
            throw new InvalidDataException("A form field is too long.");
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Reads what is left of a refused upload, so the browser gets the redirect rather than a reset connection.</summary>
    private static async Task DrainAsync(HttpContext context)
    {
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (IOException)
        {
            // Over the request limit or gone: the server closes the connection after the response either way.
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }
}
