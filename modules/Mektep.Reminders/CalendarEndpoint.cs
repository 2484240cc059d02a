using System.Globalization;
using Mektep.Reminders.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Reminders;

/// <summary>
/// GET /calendar/{token}.ics: a learner's due dates for calendar apps, which fetch it without cookies; the token in
/// the address is the only key, so an unknown or reset token answers 404 and nothing says whose it was.
/// </summary>
public static class CalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/calendar/{token}.ics", async (string token, HttpContext context, CalendarFeed feed, ReminderSender sender) =>
    {
        if (await feed.FindUserAsync(token, context.RequestAborted) is not { } userId)
        {
            return Results.NotFound();
        }

        var culture = await sender.CultureAsync(userId, context.RequestAborted);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var text = await feed.BuildAsync(userId, culture, context.RequestAborted);
            context.Response.Headers.CacheControl = "private, max-age=900";
            return Results.Text(text, "text/calendar; charset=utf-8");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    });
}
