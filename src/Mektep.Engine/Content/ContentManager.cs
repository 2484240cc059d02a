using System.Text.Json.Nodes;
using Mektep.Audit;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Engine.Audit;
using Mektep.Engine.Caching;
using Mektep.Engine.Data;
using Mektep.Localization;
using Mektep.Security;
using Mektep.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mektep.Engine.Content;

/// <summary>
/// The content store. Each version is a row holding the item's JSON; at most one row per item is latest and
/// one is published. Every change runs in one transaction with the index tables, the text index and the
/// handlers' writes, and checks the editor's revision so nothing is silently overwritten.
/// </summary>
public sealed class ContentManager(
    MektepDbContext db,
    IContentDefinitionManager definitions,
    ContentPartCatalog parts,
    ContentTextIndex textIndex,
    IEnumerable<IContentIndexProvider> indexProviders,
    IEnumerable<IContentHandler> handlers,
    ICurrentUser currentUser,
    ISiteSettingsStore settings,
    IAuditTrail audit,
    ContentCache cache,
    TimeProvider clock) : IContentManager
{
    public const int MaxTake = 500;

    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new ArgumentException($"There is no content type '{contentType}'.", nameof(contentType));
        var item = new ContentItem
        {
            ContentItemId = ContentIds.New(),
            ContentType = type.Name,
            Culture = settings.Current.DefaultCulture,
            LocalizationSet = ContentIds.New(),
            Owner = currentUser.Id,
        };
        foreach (var part in type.Parts)
        {
            item.Content[part.Name] = new JsonObject();
        }

        return item;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version, CancellationToken cancellationToken = default)
    {
        var key = PublishedKey(contentItemId);
        if (version == VersionOptions.Published && cache.TryGet<ContentItemRecord>(key, out var cached))
        {
            return ToItem(cached!);
        }

        var generation = cache.Generation;
        var record = await Versions(version).AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId, cancellationToken);
        if (record is not null && version == VersionOptions.Published)
        {
            cache.Store(key, record, generation);
        }

        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions version, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var byId = new Dictionary<string, ContentItemRecord>(StringComparer.Ordinal);
        var missing = ids;
        if (version == VersionOptions.Published)
        {
            foreach (var id in ids)
            {
                if (cache.TryGet<ContentItemRecord>(PublishedKey(id), out var cached))
                {
                    byId[id] = cached!;
                }
            }

            missing = [.. ids.Where(id => !byId.ContainsKey(id))];
        }

        if (missing.Count > 0)
        {
            var generation = cache.Generation;
            var records = await Versions(version).AsNoTracking().Where(r => missing.Contains(r.ContentItemId)).ToListAsync(cancellationToken);
            foreach (var record in records)
            {
                byId[record.ContentItemId] = record;
                if (version == VersionOptions.Published)
                {
                    cache.Store(PublishedKey(record.ContentItemId), record, generation);
                }
            }
        }

        return [.. ids.Where(byId.ContainsKey).Select(id => ToItem(byId[id]))];
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var record = await db.Set<ContentItemRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetHistoryAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.VersionNumber)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ToItem)];
    }

    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish = false, CancellationToken cancellationToken = default)
    {
        var type = await RequireTypeAsync(item.ContentType, cancellationToken);
        if (!SiteCultures.IsSupported(item.Culture))
        {
            throw new ContentValidationException(new Dictionary<string, string> { ["Culture"] = $"Culture '{item.Culture}' is not one of {string.Join(", ", SiteCultures.All)}." });
        }

        var now = Now();
        item.ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? ContentIds.New() : item.ContentItemId;
        item.LocalizationSet = string.IsNullOrEmpty(item.LocalizationSet) ? ContentIds.New() : item.LocalizationSet;
        item.Owner ??= currentUser.Id;
        item.CreatedUtc = now;
        item.VersionNumber = 1;
        item.Revision = 1;

        return await InTransactionAsync(async () =>
        {
            if (await db.Set<ContentItemRecord>().AnyAsync(r => r.LocalizationSet == item.LocalizationSet && r.Culture == item.Culture && (r.Latest || r.Published), cancellationToken))
            {
                throw new ContentValidationException(new Dictionary<string, string> { ["Culture"] = $"This content already has a {item.Culture} translation." });
            }

            await SavingAsync(item, type);
            var record = NewVersion(item, now, publish);
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await AfterWriteAsync(record, item, type, cancellationToken);
            await RaiseAsync(h => h.SavedAsync(item));
            if (publish)
            {
                await RaiseAsync(h => h.PublishedAsync(item));
            }

            return item;
        }, cancellationToken);
    }

    public Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default)
        => SaveAsync(item, publish: false, cancellationToken);

    public Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
        => SaveAsync(item, publish: true, cancellationToken);

    public async Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await InTransactionAsync(async () =>
        {
            var published = await db.Set<ContentItemRecord>().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.Published, cancellationToken);
            if (published is null)
            {
                return 0;
            }

            var type = await definitions.GetTypeAsync(published.ContentType, cancellationToken);
            published.Published = false;
            await db.SaveChangesAsync(cancellationToken);
            await AfterWriteAsync(published, ToItem(published), type, cancellationToken);
            await RaiseAsync(h => h.UnpublishedAsync(ToItem(published)));
            return 0;
        }, cancellationToken);
    }

    public async Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await db.Set<ContentItemRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken)
            ?? throw new ArgumentException($"There is no version '{contentItemVersionId}'.", nameof(contentItemVersionId));
        var latest = await db.Set<ContentItemRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == old.ContentItemId && r.Latest, cancellationToken)
            ?? throw new InvalidOperationException("A deleted item cannot be restored from its history.");

        var restored = ToItem(latest);
        restored.Content = ToItem(old).Content;
        restored.DisplayText = old.DisplayText;
        return await InTransactionAsync(async () =>
        {
            var saved = await SaveAsync(restored, publish: false, cancellationToken, forceNewVersion: true);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Content, AuditActions.Restored, saved.ContentItemId, saved.DisplayText, $"v{old.VersionNumber} → {ContentAuditHandler.Describe(saved)}"), cancellationToken);
            return saved;
        }, cancellationToken);
    }

    public async Task DeleteAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await InTransactionAsync(async () =>
        {
            var live = await db.Set<ContentItemRecord>().Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published)).ToListAsync(cancellationToken);
            if (live.Count == 0)
            {
                return 0;
            }

            foreach (var record in live)
            {
                record.Latest = false;
                record.Published = false;
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var record in live)
            {
                await RemoveFromIndexesAsync(record.Id, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            var latest = ToItem(live.OrderByDescending(r => r.VersionNumber).First());
            await RaiseAsync(h => h.RemovedAsync(latest));
            return 0;
        }, cancellationToken);
    }

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var source = string.IsNullOrWhiteSpace(query.Text) ? null : textIndex.Match(db, query.Text);
        var records = (source ?? db.Set<ContentItemRecord>()).AsNoTracking();
        records = query.Version switch
        {
            VersionOptions.Published => records.Where(r => r.Published),
            VersionOptions.Draft => records.Where(r => r.Latest && !r.Published),
            _ => records.Where(r => r.Latest),
        };
        if (query.ContentTypes is { Count: > 0 } types)
        {
            records = records.Where(r => types.Contains(r.ContentType));
        }

        if (!string.IsNullOrEmpty(query.Culture))
        {
            records = records.Where(r => r.Culture == query.Culture);
        }

        if (!string.IsNullOrEmpty(query.Owner))
        {
            records = records.Where(r => r.Owner == query.Owner);
        }

        var total = await records.CountAsync(cancellationToken);
        records = query.Order switch
        {
            ContentOrder.DisplayText => records.OrderBy(r => r.DisplayText).ThenBy(r => r.Id),
            ContentOrder.CreatedDescending => records.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id),
            ContentOrder.PublishedDescending => records.OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id),
            _ => records.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
        };
        var page = await records.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, MaxTake)).ToListAsync(cancellationToken);
        return new ContentPage([.. page.Select(ToItem)], total);
    }

    public async Task<ContentItem> NewTranslationAsync(string contentItemId, string culture, CancellationToken cancellationToken = default)
    {
        if (!SiteCultures.IsSupported(culture))
        {
            throw new ArgumentException($"Culture '{culture}' is not one of {string.Join(", ", SiteCultures.All)}.", nameof(culture));
        }

        var source = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new ArgumentException($"There is no item '{contentItemId}'.", nameof(contentItemId));
        if (await db.Set<ContentItemRecord>().AnyAsync(r => r.LocalizationSet == source.LocalizationSet && r.Culture == culture && (r.Latest || r.Published), cancellationToken))
        {
            throw new InvalidOperationException($"This content already has a {culture} translation.");
        }

        return new ContentItem
        {
            ContentItemId = ContentIds.New(),
            ContentType = source.ContentType,
            DisplayText = source.DisplayText,
            Culture = culture,
            LocalizationSet = source.LocalizationSet,
            Owner = currentUser.Id,
            Content = source.Content.DeepClone().AsObject(),
        };
    }

    public async Task<IReadOnlyList<ContentItem>> GetTranslationsAsync(string localizationSet, VersionOptions version, CancellationToken cancellationToken = default)
    {
        if (version == VersionOptions.Published)
        {
            var published = await cache.GetOrAddAsync($"content:set:{localizationSet}", ct => TranslationRecordsAsync(localizationSet, version, ct), cancellationToken);
            return [.. published.Select(ToItem)];
        }

        return [.. (await TranslationRecordsAsync(localizationSet, version, cancellationToken)).Select(ToItem)];
    }

    private async Task<IReadOnlyList<ContentItemRecord>> TranslationRecordsAsync(string localizationSet, VersionOptions version, CancellationToken cancellationToken)
    {
        var records = await Versions(version).AsNoTracking().Where(r => r.LocalizationSet == localizationSet).ToListAsync(cancellationToken);
        return [.. records.OrderBy(r => IndexOfCulture(r.Culture))];
    }

    private async Task<ContentItem> SaveAsync(ContentItem item, bool publish, CancellationToken cancellationToken, bool forceNewVersion = false)
    {
        var type = await RequireTypeAsync(item.ContentType, cancellationToken);
        var loadedRevision = item.Revision;
        return await InTransactionAsync(async () =>
        {
            item.Revision = loadedRevision;
            var latest = await db.Set<ContentItemRecord>().FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, cancellationToken)
                ?? throw new InvalidOperationException($"Item '{item.ContentItemId}' does not exist or was deleted.");
            if (latest.Revision != item.Revision)
            {
                throw await ConflictAsync(item.ContentItemId, item.Revision, latest, cancellationToken);
            }

            var now = Now();
            var nextRevision = latest.Revision + 1;
            item.Culture = latest.Culture;
            item.LocalizationSet = latest.LocalizationSet;
            item.Owner = latest.Owner;
            item.CreatedUtc = latest.CreatedUtc;
            await SavingAsync(item, type);

            // The revision check is repeated by the database: EF adds "AND Revision = @loaded" to the update.
            db.Entry(latest).Property(r => r.Revision).OriginalValue = item.Revision;
            latest.Revision = nextRevision;
            item.Revision = nextRevision;

            ContentItemRecord target;
            ContentItemRecord? previousPublished = null;
            if (latest.Published || forceNewVersion)
            {
                latest.Latest = false;
                item.VersionNumber = latest.VersionNumber + 1;
                target = NewVersion(item, now, publish);
                if (publish && latest.Published)
                {
                    latest.Published = false;
                }
            }
            else
            {
                target = latest;
                item.VersionNumber = latest.VersionNumber;
                item.ContentItemVersionId = latest.ContentItemVersionId;
                Write(target, item, now, publish);
            }

            if (publish)
            {
                previousPublished = await db.Set<ContentItemRecord>()
                    .FirstOrDefaultAsync(r => r.ContentItemId == item.ContentItemId && r.Published && r.Id != latest.Id, cancellationToken);
                if (previousPublished is not null)
                {
                    previousPublished.Published = false;
                }
            }

            try
            {
                // Clear flags first so the partial unique indexes never see two latest/published rows at once.
                var clearing = target != latest;
                if (clearing)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.Add(target);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                var stored = await db.Set<ContentItemRecord>().AsNoTracking().FirstAsync(r => r.ContentItemId == item.ContentItemId && r.Latest, cancellationToken);
                throw await ConflictAsync(item.ContentItemId, item.Revision - 1, stored, cancellationToken);
            }

            await AfterWriteAsync(target, item, type, cancellationToken);
            if (target != latest)
            {
                await AfterWriteAsync(latest, ToItem(latest), type, cancellationToken);
            }

            if (previousPublished is not null && previousPublished != latest)
            {
                await AfterWriteAsync(previousPublished, ToItem(previousPublished), type, cancellationToken);
            }

            await RaiseAsync(h => h.SavedAsync(item));
            if (publish)
            {
                await RaiseAsync(h => h.PublishedAsync(item));
            }

            return item;
        }, cancellationToken);
    }

    /// <summary>The conflict names the person who saved (their display name), not their user id.</summary>
    private async Task<ContentConflictException> ConflictAsync(string contentItemId, int expectedRevision, ContentItemRecord stored, CancellationToken cancellationToken)
    {
        var name = stored.Author is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == stored.Author).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new ContentConflictException(contentItemId, expectedRevision, stored.Revision, string.IsNullOrWhiteSpace(name) ? stored.Author : name, stored.ModifiedUtc);
    }

    private ContentItemRecord NewVersion(ContentItem item, DateTime now, bool publish)
    {
        item.ContentItemVersionId = ContentIds.New();
        var record = new ContentItemRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            Culture = item.Culture,
            LocalizationSet = item.LocalizationSet,
            Owner = item.Owner,
            CreatedUtc = item.CreatedUtc,
            VersionNumber = item.VersionNumber,
        };
        Write(record, item, now, publish);
        return record;
    }

    private void Write(ContentItemRecord record, ContentItem item, DateTime now, bool publish)
    {
        item.Latest = true;
        item.ModifiedUtc = now;
        item.Author = currentUser.Id;
        if (publish)
        {
            item.Published = true;
            item.PublishedUtc = now;
        }
        else
        {
            item.Published = false;
        }

        record.Latest = true;
        record.Published = item.Published;
        record.PublishedUtc = item.PublishedUtc;
        record.ModifiedUtc = now;
        record.Author = item.Author;
        record.DisplayText = Truncate(item.DisplayText, 1024);
        record.Revision = item.Revision;
        record.Data = item.Content.ToJsonString(ContentJson.Options);
    }

    private async Task SavingAsync(ContentItem item, ContentTypeDefinition type)
    {
        if (item.Has(nameof(TitlePart)))
        {
            item.DisplayText = item.As<TitlePart>().Title.Trim();
        }

        var errors = new Dictionary<string, string>();
        foreach (var handler in handlers)
        {
            await handler.SavingAsync(item, errors);
        }

        if (string.IsNullOrWhiteSpace(item.DisplayText) && type.Parts.Any(p => p.PartName == nameof(TitlePart)))
        {
            errors.TryAdd($"{nameof(TitlePart)}.{nameof(TitlePart.Title)}", "A title is required.");
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    /// <summary>Brings the per-part index tables and the text index in line with a written row.</summary>
    private async Task AfterWriteAsync(ContentItemRecord record, ContentItem item, ContentTypeDefinition? type, CancellationToken cancellationToken)
    {
        if (!record.Latest && !record.Published)
        {
            await RemoveFromIndexesAsync(record.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        item.Latest = record.Latest;
        item.Published = record.Published;
        foreach (var provider in indexProviders)
        {
            await provider.UpdateAsync(db, record.Id, item, cancellationToken);
        }

        await textIndex.UpdateAsync(db, record.Id, parts.SearchText(item, type), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RemoveFromIndexesAsync(long documentId, CancellationToken cancellationToken)
    {
        foreach (var provider in indexProviders)
        {
            await provider.UpdateAsync(db, documentId, null, cancellationToken);
        }

        await textIndex.UpdateAsync(db, documentId, null, cancellationToken);
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller's transaction: the cache is emptied when it commits.
            await ContentCacheInvalidator.ContentWrittenAsync(db, cache, cancellationToken);
            return await work();
        }

        // PostgreSQL's retrying strategy refuses a transaction opened outside it, so the unit runs through it;
        // a retry starts from a clean change tracker.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await ContentCacheInvalidator.ContentWrittenAsync(db, cache, cancellationToken);
                var result = await work();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }

    private async Task RaiseAsync(Func<IContentHandler, Task> raise)
    {
        foreach (var handler in handlers)
        {
            await raise(handler);
        }
    }

    private async Task<ContentTypeDefinition> RequireTypeAsync(string name, CancellationToken cancellationToken)
        => await definitions.GetTypeAsync(name, cancellationToken) ?? throw new ArgumentException($"There is no content type '{name}'.", nameof(name));

    private IQueryable<ContentItemRecord> Versions(VersionOptions version) => version switch
    {
        VersionOptions.Published => db.Set<ContentItemRecord>().Where(r => r.Published),
        VersionOptions.Draft => db.Set<ContentItemRecord>().Where(r => r.Latest && !r.Published),
        _ => db.Set<ContentItemRecord>().Where(r => r.Latest),
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string PublishedKey(string contentItemId) => $"content:published:{contentItemId}";

    private static int IndexOfCulture(string culture) => SiteCultures.All.ToList().IndexOf(culture) is var i and >= 0 ? i : int.MaxValue;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    internal static ContentItem ToItem(ContentItemRecord record) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Published = record.Published,
        Latest = record.Latest,
        Owner = record.Owner,
        Author = record.Author,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedUtc,
        Culture = record.Culture,
        LocalizationSet = record.LocalizationSet,
        Revision = record.Revision,
        VersionNumber = record.VersionNumber,
        Content = JsonNode.Parse(record.Data) as JsonObject ?? [],
    };
}
