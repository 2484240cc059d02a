using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mektep.Tests.Modules.Notifications;

/// <summary>A webhook receiver on Kestrel at a free loopback port: records every POST and answers <see cref="StatusCode"/>.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>What the receiver answers; change it to make deliveries fail or succeed.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedWebhook(
                body,
                context.Request.Headers["X-Mektep-Timestamp"].ToString(),
                context.Request.Headers["X-Mektep-Signature"].ToString(),
                context.Request.Headers["X-Mektep-Event"].ToString(),
                context.Request.Headers["X-Mektep-Event-Id"].ToString(),
                context.Request.ContentType));
            context.Response.StatusCode = receiver.StatusCode;
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedWebhook(string Body, string Timestamp, string Signature, string Kind, string EventId, string? ContentType);
