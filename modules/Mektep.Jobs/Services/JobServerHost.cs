using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mektep.Jobs.Services;

/// <summary>
/// Schedules the recurring jobs modules declared, then (unless <c>Jobs:Server</c> is false) runs this node's
/// Hangfire server until the host stops, so no server outlives its host.
/// </summary>
public sealed class JobServerHost(
    JobStorageProvider storage,
    IRecurringJobRegistry registry,
    IEnumerable<RecurringJobDefinition> definitions,
    IServiceScopeFactory scopes,
    IOptions<JobsOptions> options,
    ILogger<JobServerHost> logger) : IHostedService, IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in definitions)
        {
            registry.AddOrUpdate(definition);
        }

        if (!options.Value.Server)
        {
            logger.LogInformation("Jobs:Server is false: this node queues jobs but runs none.");
            return Task.CompletedTask;
        }

        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}",
                WorkerCount = options.Value.WorkerCount,
                Activator = new ScopedJobActivator(scopes),
                SchedulePollingInterval = TimeSpan.FromSeconds(5),
            },
            storage.Storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { } server)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        _server = null;
        return ValueTask.CompletedTask;
    }
}
