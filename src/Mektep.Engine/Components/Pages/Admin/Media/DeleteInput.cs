namespace Mektep.Engine.Components.Pages.Admin.Media;

public sealed class DeleteInput
{
    public string? Path { get; set; }
}
