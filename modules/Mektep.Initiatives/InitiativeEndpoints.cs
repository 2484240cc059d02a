using System.Security.Cryptography;
using Mektep.Initiatives.Models;
using Mektep.Initiatives.Services;
using Mektep.Media;
using Mektep.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Initiatives;

/// <summary>The registry exports and the attachments of an initiative (upload, removal, download).</summary>
public static class InitiativeEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string AttachmentsFolder = "initiatives";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/initiatives/registry.csv", (HttpContext context, InitiativeRegistry registry) => ExportAsync(context, registry, "csv"))
            .RequireAuthorization(Permissions.ViewInitiativeRegistry.Policy);
        endpoints.MapGet("/admin/initiatives/registry.xlsx", (HttpContext context, InitiativeRegistry registry) => ExportAsync(context, registry, "xlsx"))
            .RequireAuthorization(Permissions.ViewInitiativeRegistry.Policy);
        endpoints.MapPost("/initiatives/{id:long}/attachments", UploadAsync).RequireAuthorization().DisableAntiforgery();
        endpoints.MapPost("/initiatives/{id:long}/attachments/remove", RemoveAsync).RequireAuthorization().DisableAntiforgery();
        endpoints.MapGet("/initiatives/{id:long}/attachments/{index:int}", DownloadAsync).RequireAuthorization();
    }

    private static async Task<IResult> ExportAsync(HttpContext context, InitiativeRegistry registry, string format)
    {
        var q = context.Request.Query;
        var scope = await registry.ScopeAsync(context.RequestAborted);
        var rows = await registry.ExportRowsAsync(InitiativeRegistry.Filter(q["sector"], q["status"], q["region"], InitiativeStatus.Approved), scope, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return format == "csv"
            ? Results.File(await registry.ToCsvAsync(rows, context.RequestAborted), "text/csv; charset=utf-8", "initiatives.csv")
            : Results.File(await registry.ToXlsxAsync(rows, context.RequestAborted), XlsxType, "initiatives.xlsx");
    }

    // Antiforgery is checked by hand after the size limit is raised: the framework's check would read the form first.
    private static async Task<IResult> UploadAsync(long id, HttpContext context, InitiativeService initiatives, IMediaStore media, MediaOptions options, IAntiforgery antiforgery, ICurrentUser user)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (options.MaxFileBytes * 2) + (1024 * 1024);
        }

        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Back(id, "error", nameof(MediaError.TooLarge));
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("The form has expired. Reload the page and try again.");
        }

        var initiative = await initiatives.FindOwnAsync(id, user.Id!, context.RequestAborted);
        if (initiative is null)
        {
            return Results.NotFound();
        }

        if (!InitiativeService.IsEditable(initiative.Status) || initiative.AttachmentPaths.Count >= InitiativeService.MaxAttachments)
        {
            return Back(id, "error", "Closed");
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Back(id, "error", nameof(MediaError.Empty));
        }

        if (file.Length > options.MaxFileBytes)
        {
            return Back(id, "error", nameof(MediaError.TooLarge));
        }

        string? folder = null;
        var kept = false;
        try
        {
            folder = await FolderAsync(media, context.RequestAborted);
            await using var stream = file.OpenReadStream();
            var saved = await media.SaveAsync(folder, file.FileName, stream, context.RequestAborted);
            if (!await initiatives.AddAttachmentAsync(id, user.Id!, saved.Path, context.RequestAborted))
            {
                await media.DeleteAsync(saved.Path, CancellationToken.None);
                return Back(id, "error", "Closed");
            }

            kept = true;
        }
        catch (MediaValidationException ex)
        {
            return Back(id, "error", ex.Error.ToString());
        }
        catch (MediaStorageException)
        {
            return Back(id, "error", "Storage");
        }
        finally
        {
            // A refused file (bad name, wrong type, full disk) must not leave its empty random folder behind.
            if (!kept && folder is not null)
            {
                await RemoveEmptyFolderAsync(media, folder);
            }
        }

        return Back(id, "attached", "1");
    }

    private static async Task RemoveEmptyFolderAsync(IMediaStore media, string folder)
    {
        try
        {
            await media.DeleteAsync(folder, CancellationToken.None);
        }
        catch (Exception ex) when (ex is MediaValidationException or MediaStorageException or IOException)
        {
            // Not empty after all, or the disk refused: an empty folder is harmless, and the refusal is what the person needs to see.
        }
    }

    private static async Task<IResult> RemoveAsync(long id, HttpContext context, InitiativeService initiatives, IMediaStore media, IAntiforgery antiforgery, ICurrentUser user)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("The form has expired. Reload the page and try again.");
        }

        var initiative = await initiatives.FindOwnAsync(id, user.Id!, context.RequestAborted);
        if (initiative is null)
        {
            return Results.NotFound();
        }

        var paths = initiative.AttachmentPaths;
        if (int.TryParse(form["index"], out var index) && index >= 0 && index < paths.Count
            && await initiatives.RemoveAttachmentAsync(id, user.Id!, paths[index], context.RequestAborted))
        {
            await media.DeleteAsync(paths[index], context.RequestAborted);
        }

        return Back(id, "removed", "1");
    }

    /// <summary>The owner, a reviewer, or a registry viewer whose scope holds the initiative's region; anyone else gets 404.</summary>
    private static async Task<IResult> DownloadAsync(long id, int index, HttpContext context, InitiativeService initiatives, InitiativeRegistry registry, IMediaStore media, ICurrentUser user)
    {
        var initiative = await initiatives.FindAsync(id, context.RequestAborted);
        if (initiative is null || index < 0 || index >= initiative.AttachmentPaths.Count || !await CanSeeAsync(initiative, user, registry, context.RequestAborted))
        {
            return Results.NotFound();
        }

        var path = initiative.AttachmentPaths[index];
        if (media.GetInfo(path) is not { } info || media.OpenRead(path) is not { } stream)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(stream, info.ContentType, info.Name);
    }

    public static async Task<bool> CanSeeAsync(Initiative initiative, ICurrentUser user, InitiativeRegistry registry, CancellationToken cancellationToken)
    {
        if (initiative.UserId == user.Id || await user.HasPermissionAsync(Permissions.ReviewInitiatives))
        {
            return true;
        }

        return await user.HasPermissionAsync(Permissions.ViewInitiativeRegistry) && (await registry.ScopeAsync(cancellationToken)).Allows(initiative.RegionId);
    }

    /// <summary>
    /// Each file goes into its own folder with a random name: the media library serves every path to whoever knows
    /// it, so the address must not be guessable (the site itself links only to the checked download above).
    /// </summary>
    private static async Task<string> FolderAsync(IMediaStore media, CancellationToken cancellationToken)
    {
        try
        {
            await media.CreateFolderAsync("", AttachmentsFolder, cancellationToken);
        }
        catch (MediaValidationException ex) when (ex.Error == MediaError.FolderExists)
        {
            // The usual case: an earlier upload made it.
        }

        return await media.CreateFolderAsync(AttachmentsFolder, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), cancellationToken);
    }

    private static IResult Back(long id, string key, string value) => Results.Redirect($"/initiatives/{id}/edit?{key}={Uri.EscapeDataString(value)}");
}
