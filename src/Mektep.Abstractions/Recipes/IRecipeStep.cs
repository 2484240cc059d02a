namespace Mektep.Recipes;

/// <summary>
/// One kind of step in a recipe (<c>{"Step": "content", ...}</c>). A recipe is checked whole before anything is
/// written: every step's <see cref="ValidateAsync"/> runs first and reports its problems; only a recipe without any
/// runs, step by step, in one database transaction. Register with <c>services.AddRecipeStep&lt;T&gt;()</c>.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's <c>Step</c> property, e.g. <c>users</c>.</summary>
    string Name { get; }

    /// <summary>Reports every problem of the step through <see cref="RecipeStepContext.Problem"/>; writes nothing.</summary>
    Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default);

    /// <summary>Carries the step out; called only when the whole recipe validated.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default);
}
