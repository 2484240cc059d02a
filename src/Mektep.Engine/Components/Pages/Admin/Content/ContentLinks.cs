namespace Mektep.Engine.Components.Pages.Admin.Content;

/// <summary>Addresses of the content pages, built in one place.</summary>
public static class ContentLinks
{
    public static string List => "/admin/content";

    public static string New(string contentType) => $"/admin/content/new/{Uri.EscapeDataString(contentType)}";

    public static string Edit(string contentItemId, string? notice = null)
        => $"/admin/content/{Uri.EscapeDataString(contentItemId)}/edit" + (notice is null ? "" : $"?notice={notice}");

    public static string View(string contentItemId) => $"/content/{Uri.EscapeDataString(contentItemId)}";
}
