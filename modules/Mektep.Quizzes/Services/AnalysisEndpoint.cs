using Mektep.Content;
using Mektep.Quizzes.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Mektep.Quizzes.Services;

/// <summary>The item analysis of a quiz as CSV, for editors.</summary>
public static class AnalysisEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/admin/quizzes/{id}/analysis.csv", async (string id, HttpContext context, IContentManager content, ItemAnalysis analysis, IStringLocalizer<ItemAnalysis> t) =>
            {
                var quiz = await content.GetAsync(id, VersionOptions.Latest, context.RequestAborted);
                if (quiz is null || quiz.ContentType != QuizTypes.Quiz)
                {
                    return Results.NotFound();
                }

                var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                var result = await analysis.BuildAsync(quiz.LocalizationSet, culture, context.RequestAborted);
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(ItemAnalysis.ToCsv(result, t), "text/csv; charset=utf-8", $"item-analysis-{quiz.ContentItemId}.csv");
            })
            .RequireAuthorization(Permissions.ManageQuizzes.Policy);
}
