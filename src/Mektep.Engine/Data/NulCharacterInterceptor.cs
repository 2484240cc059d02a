using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mektep.Engine.Data;

/// <summary>
/// Removes NUL characters from every text parameter before PostgreSQL sees it. PostgreSQL text cannot hold NUL and
/// fails the whole command, so a search box or form field given "%00" answered 500; no person types NUL on purpose,
/// so it is dropped (SQLite stores it and needs no help).
/// </summary>
internal sealed class NulCharacterInterceptor : DbCommandInterceptor
{
    public static readonly NulCharacterInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Strip(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Strip(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Strip(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Strip(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Strip(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Strip(command);
        return ValueTask.FromResult(result);
    }

    internal static void Strip(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = parameter.Value switch
            {
                string text when text.Contains('\0', StringComparison.Ordinal) => text.Replace("\0", "", StringComparison.Ordinal),
                IEnumerable<string?> texts when texts.Any(t => t is not null && t.Contains('\0', StringComparison.Ordinal))
                    => texts.Select(t => t?.Replace("\0", "", StringComparison.Ordinal)).ToArray(),
                var value => value,
            };
        }
    }
}
