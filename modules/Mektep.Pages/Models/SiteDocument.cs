namespace Mektep.Pages.Models;

/// <summary>A row of the SiteDocuments table: one JSON document (the menus, the home layout) by name.</summary>
public sealed class SiteDocument
{
    public const string Menus = "menus";
    public const string Home = "home";

    public string Name { get; set; } = "";

    public string Data { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }
}
