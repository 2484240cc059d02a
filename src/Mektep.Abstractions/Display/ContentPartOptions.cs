namespace Mektep.Display;

/// <summary>A code-defined part a module registered.</summary>
/// <param name="Name">Part name (the CLR type's name).</param>
/// <param name="PartType">The <see cref="Content.ContentPart"/> type.</param>
/// <param name="DisplayName">Name shown to editors.</param>
/// <param name="Description">What it adds to a type.</param>
public sealed record ContentPartRegistration(string Name, Type PartType, string DisplayName, string Description)
{
    /// <summary>The module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}

/// <summary>A component that displays a part in a display type, optionally only under one theme.</summary>
public sealed record PartDisplayRegistration(string PartName, string DisplayType, Type Component, string? Theme = null)
{
    /// <summary>The module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}

/// <summary>A part's editor component and the binder that reads its inputs.</summary>
public sealed record PartEditorRegistration(string PartName, Type Component, Type Binder)
{
    /// <summary>The module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}
