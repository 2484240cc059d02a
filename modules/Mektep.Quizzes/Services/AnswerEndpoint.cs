using Mektep.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Services;

/// <summary>
/// The autosave script's endpoint: the attempt form's fields (or some of them) posted as a form, saved at once.
/// Answers with JSON: <c>{ "ok": true }</c> or <c>{ "ok": false, "message": "..." }</c> with a 4xx status.
/// </summary>
public static class AnswerEndpoint
{
    public const string Path = "/quizzes/attempts/{attemptId:long}/answers";

    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(Path, SaveAsync).RequireAuthorization().WithName("QuizAnswers");

    // Binding the form makes the antiforgery middleware validate the posted token: a post without it is a 400.
    private static async Task<IResult> SaveAsync(long attemptId, IFormCollection form, ICurrentUser user, AttemptService attempts, IStringLocalizer<AttemptService> t, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (user.Id is not { } userId)
        {
            return Results.Unauthorized();
        }

        var attempt = await attempts.GetAsync(userId, attemptId, context.RequestAborted);
        var outcome = attempt is null
            ? AttemptOutcome.NotFound
            : AnswerForm.TryRead(form, QuizJson.Snapshot(attempt.Snapshot), out var answers)
                ? await attempts.SaveAsync(userId, attemptId, answers, context.RequestAborted)
                : AttemptOutcome.UnknownQuestion;
        return Results.Json(new { ok = outcome == AttemptOutcome.Ok, message = AttemptMessages.Text(outcome, t) }, statusCode: AttemptMessages.Status(outcome));
    }
}
