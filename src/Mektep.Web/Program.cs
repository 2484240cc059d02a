using Mektep.Engine;
using Mektep.Engine.Data;
using Mektep.Web;

// First, before the host's threads allocate: the native allocator's arenas are made as threads first contend.
NativeHeap.Configure(Environment.GetEnvironmentVariable);

var builder = WebApplication.CreateBuilder(args);
builder.AddMektep();
builder.Services.AddHostedService<NativeHeapTrimmer>();

var app = builder.Build();
try
{
    await app.InitializeMektepAsync();
}
catch (DatabaseUnavailableException ex)
{
    // One line the operator can act on, not a stack trace.
    app.Logger.LogCritical("{Message}", ex.Message);
    // The console logger writes from a queue: disposing the host flushes it, or a busy machine may exit first.
    await app.DisposeAsync();
    return 1;
}

app.UseMektep();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
