namespace Mektep.Jobs;

/// <summary>
/// The recurring jobs of the site. Modules declare theirs at start-up with
/// <see cref="JobServiceCollectionExtensions.AddRecurringJob{TJob}"/>; rules an administrator edits (reminders)
/// add, change and remove theirs at run time here. Storage is shared, so every node sees the same schedule and
/// each occurrence runs once.
/// </summary>
public interface IRecurringJobRegistry
{
    /// <summary>Creates or replaces the schedule with the definition's id.</summary>
    void AddOrUpdate(RecurringJobDefinition definition);

    /// <summary>Removes the schedule; nothing happens if there is none.</summary>
    void Remove(string id);

    /// <summary>Runs the recurring job now, outside its schedule.</summary>
    void Trigger(string id);

    /// <summary>The ids of every scheduled recurring job.</summary>
    IReadOnlyList<string> Ids();
}
