using System.Data.Common;
using Mektep.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mektep.Engine.Caching;

/// <summary>
/// Empties the <see cref="ContentCache"/> when a transaction that wrote content commits or rolls back. On PostgreSQL the writing
/// transaction also sends <c>NOTIFY mektep_content</c>, which PostgreSQL delivers at commit to every web node's
/// <see cref="ContentChangeListener"/>, so the other nodes forget their copies too.
/// </summary>
public sealed class ContentCacheInvalidator(ContentCache cache) : DbTransactionInterceptor
{
    /// <summary>The channel every node listens on.</summary>
    public const string Channel = "mektep_content";

    /// <summary>
    /// Called by the content store inside its transaction, before it commits. The notification carries the writing
    /// node's id: that node empties its own cache at commit and ignores the echo, which would otherwise arrive a
    /// moment later and throw away what was read since.
    /// </summary>
    public static async Task ContentWrittenAsync(MektepDbContext db, ContentCache cache, CancellationToken cancellationToken)
    {
        db.ContentWritten = true;
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {cache.NodeId})", cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        => Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
        => RolledBack(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Committed(DbContext? context)
    {
        if (context is MektepDbContext { ContentWritten: true } db)
        {
            db.ContentWritten = false;
            cache.Invalidate();
        }
    }

    // A read inside the writing transaction may have cached what is now rolled back.
    private void RolledBack(DbContext? context) => Committed(context);
}
