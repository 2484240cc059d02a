namespace Mektep.Content;

/// <summary>
/// Reacts to content life-cycle events. Handlers run inside the saving transaction, so what they write
/// commits or rolls back with the item. They never render.
/// </summary>
public interface IContentHandler
{
    /// <summary>Before a version is stored: fill derived data (display text, slugs), or add validation errors.</summary>
    Task SavingAsync(ContentItem item, IDictionary<string, string> errors) => Task.CompletedTask;

    /// <summary>After a version is stored.</summary>
    Task SavedAsync(ContentItem item) => Task.CompletedTask;

    /// <summary>After a version became the published one.</summary>
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;

    /// <summary>After the item was taken off the site.</summary>
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;

    /// <summary>After the item was deleted.</summary>
    Task RemovedAsync(ContentItem item) => Task.CompletedTask;
}
