namespace Mektep.Display;

/// <summary>
/// A small component a module puts in the site header (a notification bell). Register with
/// <c>services.AddSingleton(new SiteHeaderItem(typeof(MyComponent)))</c>; themes render them through
/// <see cref="ShellComponents.HeaderItems"/>, and the engine hides an item while its module is disabled.
/// </summary>
/// <param name="Component">A component without required parameters.</param>
/// <param name="Order">Position among the items, lowest first.</param>
public sealed record SiteHeaderItem(Type Component, int Order = 100)
{
    /// <summary>Id of the module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}
