using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Initiatives.Models;

namespace Mektep.Initiatives.Migrations;

/// <summary>Defines the InitiativeAssignment type: a title and the instructions in Markdown.</summary>
public sealed class InitiativeTypesMigration(IContentDefinitionManager definitions) : DataMigration
{
    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        async cancellationToken => await definitions.AlterTypeAsync(InitiativeTypes.InitiativeAssignment, type =>
        {
            type.DisplayName = "Initiative assignment";
            type.WithPart(nameof(TitlePart)).WithPart(InitiativeTypes.MarkdownBodyPart);
        }, cancellationToken),
    ];
}
