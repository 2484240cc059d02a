using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Pages.Models;

namespace Mektep.Pages.Migrations;

/// <summary>Defines the Page and NewsArticle content types. The Markdown body part comes from Mektep.Markdown (a manifest dependency).</summary>
public sealed class PageTypeMigration(IContentDefinitionManager definitions) : DataMigration
{
    public const string PageType = PageTypes.Page;

    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        cancellationToken => definitions.AlterTypeAsync(PageType, type =>
        {
            type.DisplayName = "Page";
            type.WithPart(nameof(TitlePart)).WithPart("MarkdownBodyPart");
        }, cancellationToken),
        cancellationToken => definitions.AlterTypeAsync(PageType, type => AddCoverAfterTitle(type), cancellationToken),
        cancellationToken => definitions.AlterTypeAsync(PageTypes.NewsArticle, type =>
        {
            type.DisplayName = "News article";
            type.WithPart(nameof(TitlePart)).WithPart(nameof(NewsArticlePart)).WithPart(nameof(CoverImagePart)).WithPart("MarkdownBodyPart");
        }, cancellationToken),
    ];

    // The cover shows between the title and the body.
    private static void AddCoverAfterTitle(ContentTypeDefinition type)
    {
        if (type.Parts.Any(p => p.Name == nameof(CoverImagePart)))
        {
            return;
        }

        var title = type.Parts.FindIndex(p => p.Name == nameof(TitlePart));
        type.Parts.Insert(title + 1, new ContentTypePartDefinition { Name = nameof(CoverImagePart), PartName = nameof(CoverImagePart) });
    }
}
