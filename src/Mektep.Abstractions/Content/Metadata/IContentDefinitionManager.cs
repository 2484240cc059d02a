namespace Mektep.Content.Metadata;

/// <summary>Reads and changes content type definitions. Changes apply at once, without a restart.</summary>
public interface IContentDefinitionManager
{
    /// <summary>All type definitions, ordered by display name.</summary>
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>One type definition, or null.</summary>
    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or changes a type definition. The delegate gets the current (or a new) definition.</summary>
    Task<ContentTypeDefinition> AlterTypeAsync(string name, Action<ContentTypeDefinition> alter, CancellationToken cancellationToken = default);

    /// <summary>Deletes a type definition (items stay in storage).</summary>
    Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default);
}
