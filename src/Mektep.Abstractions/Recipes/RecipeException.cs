namespace Mektep.Recipes;

/// <summary>A step could not be carried out although the recipe validated; the whole run is rolled back and this is shown.</summary>
public sealed class RecipeException(string message) : Exception(message);
