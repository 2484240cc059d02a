namespace Mektep.Engine.Modularity;

/// <summary>Start-up stops with this when modules are missing, duplicated or depend on each other in a circle.</summary>
public sealed class ModuleDependencyException(string message) : Exception(message);
