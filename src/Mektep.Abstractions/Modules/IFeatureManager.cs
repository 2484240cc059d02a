namespace Mektep.Modules;

/// <summary>Which modules are switched on. Changes apply to the next request, without a restart.</summary>
public interface IFeatureManager
{
    /// <summary>True when the module and every module it depends on are enabled.</summary>
    bool IsEnabled(string moduleId);

    /// <summary>Enables or disables a module; enabling also enables its dependencies, disabling also disables its dependents.</summary>
    Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default);
}
