using Mektep.Content;
using Mektep.Markdown.Services;

namespace Mektep.Markdown.Models;

/// <summary>A body of text written in Markdown; shown as sanitized HTML.</summary>
public sealed class MarkdownBodyPart : ContentPart
{
    public string Markdown { get; set; } = "";

    public override string? SearchText => MarkdownText.ToPlainText(Markdown);
}
