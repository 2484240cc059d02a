namespace Mektep.Navigation;

/// <summary>
/// A link on the person's account page (<c>/account</c>) to a module's own settings page. Register with
/// <c>services.AddSingleton(new AccountLink(...))</c>; the engine hides it while its module is disabled.
/// </summary>
/// <param name="Text">Label (English; translated through the localizer).</param>
/// <param name="Href">Target path, e.g. <c>/account/notifications</c>.</param>
/// <param name="Order">Position among the links.</param>
public sealed record AccountLink(string Text, string Href, int Order = 100)
{
    /// <summary>Id of the module that registered it; set by the engine.</summary>
    public string? ModuleId { get; init; }
}
