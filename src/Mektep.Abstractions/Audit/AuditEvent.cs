namespace Mektep.Audit;

/// <summary>
/// Something a person did that administrators may need to trace later. The engine adds who did it and when;
/// callers never supply the actor or the time.
/// </summary>
/// <param name="Category">The area, e.g. <c>Content</c>, <c>Users</c>, <c>Roles</c>, <c>Features</c>, <c>Settings</c> (see <see cref="AuditCategories"/>).</param>
/// <param name="Action">What happened, e.g. <c>Created</c>, <c>Published</c>, <c>Deleted</c> (see <see cref="AuditActions"/>).</param>
/// <param name="SubjectId">The id of what was acted on (a content item id, a user id, a module id).</param>
/// <param name="SubjectName">A readable name of the subject at the time (a title, an email, a role name).</param>
/// <param name="Details">Optional short text or JSON with what changed (at most 2,000 characters are kept).</param>
public sealed record AuditEvent(string Category, string Action, string SubjectId, string SubjectName, string? Details = null);
