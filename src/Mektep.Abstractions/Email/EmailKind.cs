namespace Mektep.Email;

/// <summary>
/// A kind of message with its default Liquid templates per culture. Modules register theirs with
/// <see cref="EmailKindServiceCollectionExtensions.AddEmailKind"/>; administrators may override the templates.
/// </summary>
/// <param name="Name">Unique id prefixed with the module: <c>reminders.inactivity</c>.</param>
/// <param name="Description">What the message is about, shown to administrators and on the unsubscribe page.</param>
/// <param name="IsEssential">Essential mail has no unsubscribe link and is always sent.</param>
/// <param name="Templates">Default templates keyed by culture (kk, ru, en); en is the fallback.</param>
/// <param name="SampleModel">Values the admin preview renders the templates with.</param>
public sealed record EmailKind(
    string Name,
    string Description,
    bool IsEssential,
    IReadOnlyDictionary<string, EmailTemplate> Templates,
    IReadOnlyDictionary<string, object?> SampleModel);

/// <summary>Liquid templates of one message kind in one culture. Values are HTML-encoded in <see cref="HtmlBody"/>.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="HtmlBody">The HTML part.</param>
/// <param name="TextBody">The plain-text part.</param>
public sealed record EmailTemplate(string Subject, string HtmlBody, string TextBody);
