namespace Mektep.Navigation;

/// <summary>
/// An entry of the admin menu. Register with <c>services.AddSingleton(new AdminMenuItem(...))</c>; the engine
/// hides it when its module is disabled or the person lacks <see cref="Permission"/>.
/// </summary>
/// <param name="Text">Label (English; translated through the localizer).</param>
/// <param name="Href">Target path, e.g. <c>/admin/courses</c>.</param>
/// <param name="Permission">Name of the permission needed to see it.</param>
/// <param name="Group">Heading it sits under (Content, Learning, People, Site).</param>
/// <param name="Order">Position within the group.</param>
public sealed record AdminMenuItem(string Text, string Href, string Permission, string Group = "Content", int Order = 100)
{
    /// <summary>Id of the module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}
