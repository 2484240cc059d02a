using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Markdown.Editors;
using Mektep.Markdown.Models;
using Mektep.Markdown.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Mektep.Tests.Modules.Markdown;

public sealed class MarkdownBodyPartBinderTests
{
    private readonly MarkdownBodyPartBinder _binder = new(new StringLocalizer<MarkdownBodyPartBinder>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)));

    private readonly ContentTypePartDefinition _definition = new() { Name = nameof(MarkdownBodyPart), PartName = nameof(MarkdownBodyPart) };

    [Fact]
    public void Bind_PostedMarkdown_AppliesItWithUnixLineBreaks()
    {
        var item = new ContentItem();
        var errors = new Dictionary<string, string>();

        _binder.Bind(item, _definition, Form("# Сабақ\r\n\r\nМәтін"), "MarkdownBodyPart", errors);

        Assert.Empty(errors);
        Assert.Equal("# Сабақ\n\nМәтін", item.As<MarkdownBodyPart>().Markdown);
        Assert.Equal("Сабақ Мәтін", item.As<MarkdownBodyPart>().SearchText);
    }

    [Fact]
    public void Bind_TooLong_AddsErrorForTheTextarea()
    {
        var item = new ContentItem();
        var errors = new Dictionary<string, string>();

        _binder.Bind(item, _definition, Form(new string('a', MarkdownText.MaxLength + 1)), "MarkdownBodyPart", errors);

        Assert.Contains("too long", errors["MarkdownBodyPart.Markdown"], StringComparison.Ordinal);
    }

    private static FormCollection Form(string markdown)
        => new(new Dictionary<string, StringValues> { ["MarkdownBodyPart.Markdown"] = markdown });
}
