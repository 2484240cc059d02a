using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mektep.Jobs.Services;

/// <summary>
/// Schedules the recurring jobs modules declared, then (unless <c>Jobs:Server</c> is false) runs this node's
/// Hangfire server until the host stops, so no server outlives its host. Both happen once the host has started,
/// that is after the web server listens: the storage's set-up and a transaction per recurring job no longer stand
/// between a restarted node and its first page. The host's start still waits for them.
/// </summary>
public sealed class JobServerHost(
    JobStorageProvider storage,
    IRecurringJobRegistry registry,
    IEnumerable<RecurringJobDefinition> definitions,
    IServiceScopeFactory scopes,
    IOptions<JobsOptions> options,
    ILogger<JobServerHost> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private BackgroundJobServer? _server;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
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

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
