namespace Mektep.Engine.Modularity;

/// <summary>Marks an endpoint as owned by a module, so it stops matching when the module is disabled.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);
