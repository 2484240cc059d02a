namespace Mektep.Content.Fields;

/// <summary>A hyperlink with its text.</summary>
public sealed class LinkField : ContentField
{
    /// <summary>An absolute http(s) URL or a site-relative path.</summary>
    public string? Url { get; set; }

    /// <summary>The link text.</summary>
    public string? Text { get; set; }

    /// <inheritdoc />
    public override string? SearchText => Text;
}
