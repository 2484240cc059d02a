using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;

namespace Mektep.Pages.Migrations;

/// <summary>Defines the Page content type. The Markdown body part comes from Mektep.Markdown (a manifest dependency).</summary>
public sealed class PageTypeMigration(IContentDefinitionManager definitions) : DataMigration
{
    public const string PageType = "Page";

    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        cancellationToken => definitions.AlterTypeAsync(PageType, type =>
        {
            type.DisplayName = "Page";
            type.WithPart(nameof(TitlePart)).WithPart("MarkdownBodyPart");
        }, cancellationToken),
    ];
}
