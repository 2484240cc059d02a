namespace Mektep.Engine.Components.Pages.Admin.Media;

public sealed class FolderInput
{
    public string? Name { get; set; }
}
