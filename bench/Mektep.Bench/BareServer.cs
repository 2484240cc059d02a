using System.Net;

namespace Mektep.Bench;

/// <summary>
/// The baseline: Kestrel answering each path with fixed bytes (a page captured from the site), no middleware.
/// Every ratio in the report is the site's rate over this server's rate for the same bytes in the same run.
/// </summary>
internal sealed class BareServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What a save of answers is answered with: the site's own JSON, set once the site answered one.</summary>
    public byte[] SaveAnswer { get; set; } = "{\"ok\":true}"u8.ToArray();

    public static async Task<BareServer> StartAsync(IReadOnlyDictionary<string, byte[]> pages)
    {
        var port = SiteProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        BareServer? server = null;
        foreach (var (path, bytes) in pages)
        {
            app.MapGet(path, (HttpContext context) =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = bytes.Length;
                return context.Response.Body.WriteAsync(bytes).AsTask();
            });
        }

        // The exam's submit: the form read whole, then the redirect to the result the site answers with.
        app.MapPost("/quizzes/attempts/{id:long}", async (long id, HttpContext context) =>
        {
            await context.Request.ReadFormAsync();
            return Results.Redirect($"/quizzes/attempts/{id}/result");
        });

        // Starting the exam: the quiz page's form read whole, then a redirect to an attempt, as the site answers.
        app.MapPost("/quizzes/{id}", async (HttpContext context) =>
        {
            await context.Request.ReadFormAsync();
            return Results.Redirect("/quizzes/attempts/1");
        });

        // The autosave script's post: the form read whole, then the JSON the site answered.
        app.MapPost("/quizzes/attempts/{id:long}/answers", async (HttpContext context) =>
        {
            await context.Request.ReadFormAsync();
            var answer = server!.SaveAnswer;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer);
        });

        await app.StartAsync();
        server = new BareServer(app, new Uri($"http://127.0.0.1:{port}"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
