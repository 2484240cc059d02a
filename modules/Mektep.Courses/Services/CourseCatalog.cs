using Mektep.Content;
using Mektep.Courses.Indexes;
using Mektep.Courses.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Courses.Services;

/// <summary>Finds published courses for the catalogue and resolves an outline's lessons to the reader's translations.</summary>
public sealed class CourseCatalog(IContentManager content, IContentCache cache, DbContext db)
{
    public const int PageSize = 12;

    /// <summary>The most items a text search hands to the filters; the catalogue is small next to this.</summary>
    private const int MaxTextMatches = 500;

    public async Task<ContentPage> SearchAsync(CatalogFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = db.Set<CourseIndex>().AsNoTracking().Where(r => r.Published && r.Culture == filter.Culture);
        if (filter.Level is { } level)
        {
            var name = level.ToString();
            rows = rows.Where(r => r.Level == name);
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var token = CourseIndex.TagToken(filter.Tag);
            rows = rows.Where(r => r.Tags.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Full-text search is the engine's (FTS5 / tsvector); its matches then narrow the SQL filters.
            var matches = await content.QueryAsync(new ContentQuery
            {
                ContentTypes = [CourseTypes.Course],
                Culture = filter.Culture,
                Text = filter.Text,
                Take = MaxTextMatches,
            }, cancellationToken);
            var ids = matches.Items.Select(i => i.ContentItemId).ToList();
            rows = rows.Where(r => ids.Contains(r.ContentItemId));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var pageIds = await rows.OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => r.ContentItemId).ToListAsync(cancellationToken);
        var items = await content.GetManyAsync(pageIds, VersionOptions.Published, cancellationToken);
        var byId = items.ToDictionary(i => i.ContentItemId);
        return new ContentPage([.. pageIds.Where(byId.ContainsKey).Select(id => byId[id])], total);
    }

    /// <summary>
    /// Each lesson set of the outline resolved to one translation: the reader's culture first, then the course's,
    /// then any. Lessons without a visible version are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, LessonIndex>> ResolveLessonsAsync(CoursePart course, string culture, string courseCulture, bool latest, CancellationToken cancellationToken = default)
    {
        var sets = course.AllItems.Where(i => i.ContentType == CourseTypes.Lesson).Select(i => i.ItemSet).Distinct().ToList();
        if (sets.Count == 0)
        {
            return new Dictionary<string, LessonIndex>();
        }

        if (latest)
        {
            return await LoadLessonsAsync(sets, culture, courseCulture, latest, cancellationToken);
        }

        // Published outlines are read on every lesson page: kept until content changes.
        return await cache.GetOrAddAsync(
            $"courses:lessons:{culture}:{courseCulture}:{string.Join(',', sets)}",
            ct => LoadLessonsAsync(sets, culture, courseCulture, latest, ct),
            cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, LessonIndex>> LoadLessonsAsync(List<string> sets, string culture, string courseCulture, bool latest, CancellationToken cancellationToken)
    {
        var rows = await db.Set<LessonIndex>().AsNoTracking()
            .Where(r => sets.Contains(r.LocalizationSet) && (latest ? r.Latest : r.Published))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.LocalizationSet).ToDictionary(
            g => g.Key,
            g => g.OrderBy(r => r.Culture == culture ? 0 : r.Culture == courseCulture ? 1 : 2).ThenBy(r => r.Culture, StringComparer.Ordinal).First());
    }

    public Task<bool> LessonSetExistsAsync(string lessonSet, CancellationToken cancellationToken = default)
        => db.Set<LessonIndex>().AnyAsync(r => r.LocalizationSet == lessonSet && r.Latest, cancellationToken);

    /// <summary>Lessons an editor can add to a course: latest versions (drafts too) in the course's culture.</summary>
    public async Task<IReadOnlyList<LessonIndex>> FindLessonsAsync(string culture, string? text, CancellationToken cancellationToken = default)
    {
        var rows = db.Set<LessonIndex>().AsNoTracking().Where(r => r.Latest && r.Culture == culture);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var matches = await content.QueryAsync(new ContentQuery
            {
                ContentTypes = [CourseTypes.Lesson],
                Culture = culture,
                Version = VersionOptions.Latest,
                Text = text,
                Take = MaxTextMatches,
            }, cancellationToken);
            var ids = matches.Items.Select(i => i.ContentItemId).ToList();
            rows = rows.Where(r => ids.Contains(r.ContentItemId));
        }

        return await rows.OrderBy(r => r.Title).Take(100).ToListAsync(cancellationToken);
    }
}

/// <summary>What the catalogue shows.</summary>
public sealed record CatalogFilter(string Culture, CourseLevel? Level = null, string? Tag = null, string? Text = null, int Page = 1);
