using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Data;

namespace Mektep.TestModule.Migrations;

/// <summary>An "Article" type with a title and one field of each field type, for the admin content tests.</summary>
public sealed class ArticleMigration(IContentDefinitionManager definitions) : DataMigration
{
    public const string Article = "Article";

    public override IReadOnlyList<Func<CancellationToken, Task>> Steps => [CreateArticleAsync];

    private async Task CreateArticleAsync(CancellationToken cancellationToken)
        => await definitions.AlterTypeAsync(Article, type =>
        {
            type.DisplayName = "Article";
            type.WithPart(nameof(TitlePart))
                .WithField("Body", nameof(TextField), f =>
                {
                    f.DisplayName = "Body";
                    f.Settings["Multiline"] = true;
                })
                .WithField("Rating", nameof(NumberField), f =>
                {
                    f.DisplayName = "Rating";
                    f.Settings["Min"] = 0;
                    f.Settings["Max"] = 10;
                    f.Settings["Scale"] = 1;
                })
                .WithField("Featured", nameof(BooleanField), f => f.DisplayName = "Featured")
                .WithField("EventDate", nameof(DateTimeField), f => f.DisplayName = "Event date")
                .WithField("Source", nameof(LinkField), f => f.DisplayName = "Source")
                .WithField("Images", nameof(MediaField), f => f.DisplayName = "Images")
                .WithField("Related", nameof(ContentPickerField), f =>
                {
                    f.DisplayName = "Related";
                    f.Settings["ContentTypes"] = new System.Text.Json.Nodes.JsonArray(Article);
                });
        }, cancellationToken);
}
