namespace Mektep.Data;

/// <summary>
/// Versioned data steps of a module that run once each, after the schema is current: content type
/// definitions, roles, default settings. Register with <c>services.AddDataMigration&lt;T&gt;()</c>; the class is
/// resolved from a scope, so its constructor can take any service.
/// </summary>
public abstract class DataMigration
{
    /// <summary>The steps in order. Step N (1-based) runs when the stored version is below N; never remove or reorder a step.</summary>
    public abstract IReadOnlyList<Func<CancellationToken, Task>> Steps { get; }
}
