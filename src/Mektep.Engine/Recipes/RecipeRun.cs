namespace Mektep.Engine.Recipes;

/// <summary>An uploaded recipe: kept so that it can be checked, then run, and so that the admin shows what ran when.</summary>
public sealed class RecipeRun
{
    public const int MaxNameLength = 256;

    public string Id { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>The recipe's own name, from its <c>Name</c> property.</summary>
    public string Name { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? RunUtc { get; set; }

    /// <summary>What the run created, one line per step.</summary>
    public string? Summary { get; set; }
}
