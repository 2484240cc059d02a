using System.Text.Json;

namespace Mektep.Recipes;

/// <summary>What a step sees of the recipe: its own JSON, a place to report problems and what earlier steps declare.</summary>
public sealed class RecipeStepContext(int index, string name, JsonElement data, RecipePlan plan, ICollection<RecipeProblem> problems)
{
    /// <summary>The step's position in the recipe, from 1.</summary>
    public int Index { get; } = index;

    /// <summary>The step's name.</summary>
    public string Name { get; } = name;

    /// <summary>The step object as written in the recipe.</summary>
    public JsonElement Data { get; } = data;

    /// <summary>What the whole recipe creates, so that later steps may refer to it before it exists.</summary>
    public RecipePlan Plan { get; } = plan;

    /// <summary>Records a problem at <paramref name="path"/> (e.g. <c>Users[3].Email</c>).</summary>
    public void Problem(string path, string message) => problems.Add(new RecipeProblem(Index, Name, path, message));

    /// <summary>Reads <paramref name="property"/> of the step as <typeparamref name="T"/>, or reports why it cannot be read.</summary>
    public T? Read<T>(string property)
        where T : class
    {
        if (!TryGetProperty(Data, property, out var value))
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(RecipeJson.Options);
        }
        catch (JsonException ex)
        {
            Problem(property, $"cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <summary>A property of <paramref name="element"/>, matched without regard to case.</summary>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}

/// <summary>One thing wrong with a recipe.</summary>
/// <param name="Step">The step's position, from 1 (0 for the recipe itself).</param>
/// <param name="StepName">The step's name.</param>
/// <param name="Path">Where in the step.</param>
/// <param name="Message">What is wrong, in words an administrator can act on.</param>
public sealed record RecipeProblem(int Step, string StepName, string Path, string Message)
{
    /// <summary>The problem in one line.</summary>
    public override string ToString() => Step == 0 ? $"{Path}: {Message}" : $"Step {Step} ({StepName}) {Path}: {Message}";
}

/// <summary>Names the recipe's steps will create, filled while they validate, in order.</summary>
public sealed class RecipePlan
{
    /// <summary>Content item ids.</summary>
    public HashSet<string> ContentItemIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Localization sets with the content type of their items.</summary>
    public Dictionary<string, string> LocalizationSets { get; } = new(StringComparer.Ordinal);

    /// <summary>User emails, normalised to upper case.</summary>
    public HashSet<string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>District and rural-district codes.</summary>
    public HashSet<string> OrganisationCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the run created, step by step, for the summary page.</summary>
    public List<string> Summary { get; } = [];
}
