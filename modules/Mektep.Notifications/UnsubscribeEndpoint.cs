using Mektep.Notifications.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mektep.Notifications;

/// <summary>
/// POST /notifications/unsubscribe/one-click?token=...: the target of the List-Unsubscribe header and of the
/// confirm page's button. RFC 8058 mail clients POST <c>List-Unsubscribe=One-Click</c> without cookies or any page
/// of ours, so no antiforgery token can exist. None is needed: the signed token is itself the proof, it names one
/// person and one kind, cannot be forged, and the worst a replay can do is the unsubscribe its holder may do anyway.
/// </summary>
public static class UnsubscribeEndpoint
{
    public const string Path = "/notifications/unsubscribe/one-click";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, async (HttpContext context, UnsubscribeTokens tokens, NotificationPreferences preferences) =>
    {
        var token = context.Request.Query["token"].ToString();
        if (tokens.Read(token) is not { } subject)
        {
            return Results.BadRequest();
        }

        await preferences.SetUnsubscribedAsync(subject.UserId, subject.Kind, unsubscribed: true, context.RequestAborted);
        var oneClick = context.Request.HasFormContentType && (await context.Request.ReadFormAsync(context.RequestAborted))["List-Unsubscribe"] == "One-Click";
        return oneClick
            ? Results.Text("Unsubscribed.")
            : Results.Redirect($"/notifications/unsubscribe?token={Uri.EscapeDataString(token)}&done=true", permanent: false, preserveMethod: false);
    }).DisableAntiforgery();
}
