using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Recipes;

/// <summary>Registers recipe steps and export sources.</summary>
public static class RecipeServiceCollectionExtensions
{
    /// <summary>Adds a kind of recipe step.</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep
    {
        services.AddScoped<IRecipeStep, TStep>();
        return services;
    }

    /// <summary>Adds a source that takes part in exports.</summary>
    public static IServiceCollection AddRecipeExportSource<TSource>(this IServiceCollection services)
        where TSource : class, IRecipeExportSource
    {
        services.AddScoped<IRecipeExportSource, TSource>();
        return services;
    }
}
