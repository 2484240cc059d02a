using Mektep.Markdown.Services;
using Mektep.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Mektep.Markdown;

/// <summary>The editor's live preview: posted Markdown back as the sanitized HTML a page would show.</summary>
public static class MarkdownPreviewEndpoint
{
    public const string Path = "/admin/markdown/preview";

    /// <summary>The form field that carries the Markdown.</summary>
    public const string Field = "markdown";

    /// <summary>The message when Markdown is over <see cref="MarkdownText.MaxLength"/> (a localization key).</summary>
    public const string TooLong = "The text is too long: at most {0:N0} characters.";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(Path, Preview)
            .RequireAuthorization(EnginePermissions.ManageContent.Policy)
            .WithName("MarkdownPreview");

    // Binding [FromForm] makes the antiforgery middleware validate the posted token: a post without it is a 400.
    private static IResult Preview([FromForm(Name = Field)] string? markdown, IMarkdownRenderer renderer, IStringLocalizer<Startup> t, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        markdown = MarkdownText.Normalize(markdown);
        if (markdown.Length > MarkdownText.MaxLength)
        {
            return Results.Text(t[TooLong, MarkdownText.MaxLength].Value, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Content(renderer.ToHtml(markdown), "text/html; charset=utf-8");
    }
}
