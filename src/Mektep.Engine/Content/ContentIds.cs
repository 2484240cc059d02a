namespace Mektep.Engine.Content;

/// <summary>Ids for items, versions and localization sets: time-ordered (index friendly), 32 hex characters.</summary>
public static class ContentIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
