using Mektep.Quizzes.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Quizzes.Services;

/// <summary>The question bank: categories and questions, each saved with a version stamp so two editors never overwrite each other.</summary>
public sealed class QuestionBank(DbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<QuestionCategory>> CategoriesAsync(CancellationToken cancellationToken = default)
        => await db.Set<QuestionCategory>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);

    public async Task<QuestionCategory> AddCategoryAsync(string name, CancellationToken cancellationToken = default)
    {
        var category = new QuestionCategory { Name = name.Trim() };
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(category).State = EntityState.Detached;
        return category;
    }

    public async Task<(IReadOnlyList<Question> Items, int Total)> ListAsync(long? categoryId, QuestionType? type, string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Question>().AsNoTracking().Where(q => !q.Archived);
        if (categoryId is { } c)
        {
            query = query.Where(q => q.CategoryId == c);
        }

        if (type is { } t)
        {
            query = query.Where(q => q.Type == t);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var needle = text.Trim();
            query = query.Where(q => q.Name.Contains(needle) || q.Tags.Contains(needle));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(q => q.UpdatedUtc).ThenByDescending(q => q.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<Question?> GetAsync(long id, CancellationToken cancellationToken = default)
        => db.Set<Question>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Question>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
        => await db.Set<Question>().AsNoTracking().Where(q => ids.Contains(q.Id) && !q.Archived).ToListAsync(cancellationToken);

    /// <summary>Ids of the live questions in a category, for drawing.</summary>
    public async Task<IReadOnlyList<long>> IdsInCategoryAsync(long categoryId, CancellationToken cancellationToken = default)
        => await db.Set<Question>().AsNoTracking().Where(q => q.CategoryId == categoryId && !q.Archived).Select(q => q.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a question; options without an id get a random one.</summary>
    public async Task<Question> AddAsync(QuestionData data, long? categoryId, string tags, string? name = null, CancellationToken cancellationToken = default)
    {
        Prepare(data);
        var question = new Question
        {
            CategoryId = categoryId,
            Type = data.Type,
            Name = NameOf(data, name),
            Tags = tags.Trim(),
            Version = 1,
            UpdatedUtc = clock.GetUtcNow().UtcDateTime,
            Data = QuizJson.Write(data),
        };
        db.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(question).State = EntityState.Detached;
        return question;
    }

    /// <summary>Saves a question when <paramref name="version"/> is still the stored one; false when someone saved first.</summary>
    public async Task<bool> UpdateAsync(long id, int version, QuestionData data, long? categoryId, string tags, string? name = null, CancellationToken cancellationToken = default)
    {
        Prepare(data);
        var json = QuizJson.Write(data);
        var questionName = NameOf(data, name);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<Question>()
            .Where(q => q.Id == id && q.Version == version)
            .ExecuteUpdateAsync(s => s
                .SetProperty(q => q.Data, json)
                .SetProperty(q => q.Type, data.Type)
                .SetProperty(q => q.CategoryId, categoryId)
                .SetProperty(q => q.Tags, tags.Trim())
                .SetProperty(q => q.Name, questionName)
                .SetProperty(q => q.UpdatedUtc, now)
                .SetProperty(q => q.Version, q => q.Version + 1), cancellationToken);
        return changed == 1;
    }

    /// <summary>Takes a question out of the bank; attempts that drew it keep their copy.</summary>
    public Task ArchiveAsync(long id, CancellationToken cancellationToken = default)
        => db.Set<Question>().Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Archived, true).SetProperty(q => q.Version, q => q.Version + 1), cancellationToken);

    private static void Prepare(QuestionData data)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in data.Options)
        {
            if (string.IsNullOrWhiteSpace(option.Id) || !seen.Add(option.Id))
            {
                option.Id = OptionIds.New();
                seen.Add(option.Id);
            }
        }
    }

    private static string NameOf(QuestionData data, string? name)
    {
        var text = string.IsNullOrWhiteSpace(name) ? data.Stem.For("kk") : name.Trim();
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 120 ? text : text[..119] + "…";
    }
}
