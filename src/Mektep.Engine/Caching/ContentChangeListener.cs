using Mektep.Data;
using Mektep.Engine.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mektep.Engine.Caching;

/// <summary>
/// On PostgreSQL, listens for content written by the other web nodes and empties this node's <see cref="ContentCache"/>.
/// While the connection is down nothing can be trusted, so every reconnect empties the cache as well.
/// </summary>
public sealed partial class ContentChangeListener(DatabaseOptions database, ContentCache cache, ILogger<ContentChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this node hears other nodes' writes (at once when there is nothing to listen to).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            _listening.TrySetResult();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30, Pooling = false }.ConnectionString);
                connection.Notification += (_, e) =>
                {
                    if (e.Payload != cache.NodeId)
                    {
                        cache.Invalidate();
                    }
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ContentCacheInvalidator.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was written while this node was not listening is unknown: start clean.
                cache.Invalidate();
                _listening.TrySetResult();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                cache.Invalidate();
                LogListenFailed(logger, ex);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the content-change channel; reconnecting (the content cache is emptied meanwhile).")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
