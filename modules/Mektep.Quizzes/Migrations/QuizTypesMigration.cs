using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Migrations;

/// <summary>Defines the Quiz type: a title, the quiz settings and an introduction in Markdown.</summary>
public sealed class QuizTypesMigration(IContentDefinitionManager definitions) : DataMigration
{
    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        async cancellationToken => await definitions.AlterTypeAsync(QuizTypes.Quiz, type =>
        {
            type.DisplayName = "Quiz";
            type.WithPart(nameof(TitlePart)).WithPart(nameof(QuizPart)).WithPart(QuizTypes.MarkdownBodyPart);
        }, cancellationToken),
    ];
}
