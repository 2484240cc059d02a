using System.Text.Json;
using Mektep.Audit;
using Mektep.Engine.Data;
using Mektep.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mektep.Engine.Recipes;

/// <summary>
/// Checks a recipe whole, then runs it in one transaction: every step validates before any writes, and a step that
/// fails while running rolls everything back, so a recipe either lands complete or not at all (media files it
/// wrote stay, harmless, and are reused by the next attempt).
/// </summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStep> steps, MektepDbContext db, IAuditTrail audit)
{
    private static readonly JsonDocumentOptions ParseOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>The recipe's <c>Name</c>, or "" when the file is not a JSON object; reads nothing else and checks nothing.</summary>
    public static string NameOf(byte[] content)
    {
        try
        {
            using var document = JsonDocument.Parse(content, ParseOptions);
            return Text(document.RootElement, "Name");
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>Reads and validates <paramref name="content"/>; writes nothing.</summary>
    public async Task<RecipeCheck> CheckAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var problems = new List<RecipeProblem>();
        var plan = new RecipePlan();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, ParseOptions);
        }
        catch (JsonException ex)
        {
            problems.Add(new RecipeProblem(0, "", "recipe", $"is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message.Split(" LineNumber", 2)[0]}"));
            return new RecipeCheck("", "", "", [], problems, plan);
        }

        using (document)
        {
            var root = document.RootElement;
            var name = Text(root, "Name");
            var stepList = new List<(IRecipeStep Step, RecipeStepContext Context)>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new RecipeProblem(0, "", "recipe", "must be a JSON object with Name and Steps."));
            }
            else if (!RecipeStepContext.TryGetProperty(root, "Steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new RecipeProblem(0, "", "Steps", "is missing: a recipe is a list of steps."));
            }
            else
            {
                var known = steps.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
                var index = 0;
                foreach (var element in stepArray.EnumerateArray())
                {
                    index++;
                    var stepName = Text(element, "Step");
                    if (!known.TryGetValue(stepName, out var step))
                    {
                        problems.Add(new RecipeProblem(index, stepName, "Step", $"'{stepName}' is not a step this site knows ({string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}); is its module enabled?"));
                        continue;
                    }

                    var context = new RecipeStepContext(index, step.Name, element.Clone(), plan, problems);
                    await step.ValidateAsync(context, cancellationToken);
                    stepList.Add((step, context));
                }
            }

            if (name.Length is 0 or > RecipeRun.MaxNameLength && problems.Count == 0)
            {
                problems.Add(new RecipeProblem(0, "", "Name", "is required (at most 256 characters)."));
            }

            return new RecipeCheck(name, Text(root, "Title"), Text(root, "Description"), stepList, problems, plan);
        }
    }

    /// <summary>Runs a recipe that <see cref="CheckAsync"/> found sound; otherwise returns its problems and writes nothing.</summary>
    public async Task<RecipeCheck> RunAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(content, cancellationToken);
        if (!check.Succeeded)
        {
            return check;
        }

        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                check.Plan.Summary.Clear();
                await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    foreach (var (step, context) in check.Steps)
                    {
                        await step.ExecuteAsync(context, cancellationToken);
                    }

                    await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "RecipeRun", check.Name, check.Title.Length > 0 ? check.Title : check.Name, string.Join(" ", check.Plan.Summary)), cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch
                {
                    db.ChangeTracker.Clear();
                    throw;
                }
            });
        }
        catch (Exception ex) when (ex is RecipeException or Mektep.Content.ContentValidationException or DbUpdateException)
        {
            var message = ex is Mektep.Content.ContentValidationException validation ? string.Join(" ", validation.Errors.Select(e => $"{e.Key}: {e.Value}")) : ex.Message;
            check.Problems.Add(new RecipeProblem(0, "", "run", $"stopped and nothing was kept: {message}"));
        }

        return check;
    }

    private static string Text(JsonElement element, string property)
        => RecipeStepContext.TryGetProperty(element, property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
}

/// <summary>A recipe as read and checked.</summary>
public sealed record RecipeCheck(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<(IRecipeStep Step, RecipeStepContext Context)> Steps,
    List<RecipeProblem> Problems,
    RecipePlan Plan)
{
    public bool Succeeded => Problems.Count == 0;
}
