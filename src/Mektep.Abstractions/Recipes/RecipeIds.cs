using System.Text.RegularExpressions;

namespace Mektep.Recipes;

/// <summary>The ids and localization sets a recipe may give content items: short, lowercase and readable.</summary>
public static partial class RecipeIds
{
    /// <summary>True for 1 to 32 lowercase Latin letters, digits or hyphens, not starting with a hyphen.</summary>
    public static bool IsValid(string? id) => IdPattern().IsMatch(id ?? "");

    /// <summary>The problem to report for an id that is not <see cref="IsValid"/>.</summary>
    public static string Problem(string? id) => $"'{id}' must be 1 to 32 lowercase Latin letters, digits or hyphens.";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex IdPattern();
}
