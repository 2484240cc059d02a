using Mektep.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mektep.Display;

/// <summary>Registers parts and their components from a module's startup.</summary>
public static class ContentPartServiceCollectionExtensions
{
    /// <summary>Registers a code-defined part and returns a builder for its components.</summary>
    public static ContentPartBuilder<TPart> AddContentPart<TPart>(this IServiceCollection services, string displayName, string description = "")
        where TPart : ContentPart, new()
    {
        services.AddSingleton(new ContentPartRegistration(typeof(TPart).Name, typeof(TPart), displayName, description));
        return new ContentPartBuilder<TPart>(services);
    }

    /// <summary>Registers a theme's override of a part's display component.</summary>
    public static IServiceCollection AddPartDisplayOverride<TComponent>(this IServiceCollection services, string partName, string displayType, string theme)
        where TComponent : IComponent
        => services.AddSingleton(new PartDisplayRegistration(partName, displayType, typeof(TComponent), theme));
}

/// <summary>Adds display and editor components to a registered part.</summary>
public sealed class ContentPartBuilder<TPart>(IServiceCollection services) where TPart : ContentPart
{
    /// <summary>The component that shows the part in a display type.</summary>
    public ContentPartBuilder<TPart> WithDisplay<TComponent>(string displayType = DisplayTypes.Detail) where TComponent : PartDisplayBase<TPart>
    {
        services.AddSingleton(new PartDisplayRegistration(typeof(TPart).Name, displayType, typeof(TComponent)));
        return this;
    }

    /// <summary>The component that edits the part and the binder that reads it back.</summary>
    public ContentPartBuilder<TPart> WithEditor<TComponent, TBinder>()
        where TComponent : PartEditorBase<TPart>
        where TBinder : class, IPartEditorBinder
    {
        services.TryAddSingleton<TBinder>();
        services.AddSingleton(new PartEditorRegistration(typeof(TPart).Name, typeof(TComponent), typeof(TBinder)));
        return this;
    }
}
