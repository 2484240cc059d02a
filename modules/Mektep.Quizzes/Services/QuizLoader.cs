using Mektep.Content;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Services;

/// <summary>Finds quizzes: one translation by id, or the translation of a set in the reader's culture.</summary>
public sealed class QuizLoader(IContentManager content)
{
    public async Task<ContentItem?> PublishedAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var item = await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        return item?.ContentType == QuizTypes.Quiz ? item : null;
    }

    public async Task<ContentItem?> PublishedInSetAsync(string quizSet, string? culture = null, CancellationToken cancellationToken = default)
    {
        var items = await content.GetTranslationsAsync(quizSet, VersionOptions.Published, cancellationToken);
        var quizzes = items.Where(i => i.ContentType == QuizTypes.Quiz && i.Published).ToList();
        return quizzes.FirstOrDefault(i => i.Culture == culture) ?? quizzes.FirstOrDefault();
    }
}
