using Mektep.Initiatives.Models;
using Mektep.Learning;
using Mektep.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mektep.Initiatives.Services;

/// <summary>
/// The rules of an initiative's life. The learner saves drafts and submits (Draft or Returned to Submitted); a
/// reviewer returns or approves a submitted one. Every step is checked here, whatever the page posted.
/// </summary>
public sealed class InitiativeService(
    DbContext db,
    TimeProvider clock,
    IPeopleDirectory people,
    InitiativeNotifier notifier,
    IEnumerable<ICourseProgress> courses,
    IEnumerable<ILearnerRecords> records,
    IStringLocalizer<InitiativeService> t)
{
    public const int MaxTitle = 300;
    public const int MaxDescription = 20_000;
    public const int MaxParticipants = 2000;
    public const int MaxComment = 4000;

    public async Task<IReadOnlyList<Initiative>> ListMineAsync(string userId, CancellationToken cancellationToken = default)
        => await db.Set<Initiative>().AsNoTracking().Where(i => i.UserId == userId)
            .OrderByDescending(i => i.UpdatedUtc).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>The initiative if it is the user's own; someone else's answers null, as if it did not exist.</summary>
    public async Task<Initiative?> FindOwnAsync(long id, string userId, CancellationToken cancellationToken = default)
        => await db.Set<Initiative>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);

    public async Task<Initiative?> FindAsync(long id, CancellationToken cancellationToken = default)
        => await db.Set<Initiative>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<IReadOnlyList<InitiativeHistory>> HistoryAsync(long id, CancellationToken cancellationToken = default)
        => await db.Set<InitiativeHistory>().AsNoTracking().Where(h => h.InitiativeId == id)
            .OrderBy(h => h.AtUtc).ThenBy(h => h.Id).ToListAsync(cancellationToken);

    public static bool IsEditable(InitiativeStatus status) => status is InitiativeStatus.Draft or InitiativeStatus.Returned;

    /// <summary>Creates (<paramref name="id"/> null) or updates the learner's initiative; <paramref name="submit"/> also sends it for review.</summary>
    public async Task<InitiativeResult> SaveAsync(string userId, string userName, long? id, InitiativeInput input, bool submit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Initiative? initiative = null;
        if (id is { } existing)
        {
            initiative = await db.Set<Initiative>().FirstOrDefaultAsync(i => i.Id == existing && i.UserId == userId, cancellationToken);
            if (initiative is null)
            {
                return InitiativeResult.Of(InitiativeOutcome.NotFound);
            }

            if (!IsEditable(initiative.Status))
            {
                return InitiativeResult.Of(InitiativeOutcome.WrongStatus, initiative.Id);
            }
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = Validate(input, submit, errors);
        if (values.CourseSet is { } courseSet && !await IsEnrolledAsync(userId, courseSet, cancellationToken))
        {
            errors["CourseSet"] = t["Choose one of your courses."];
        }

        if (errors.Count > 0)
        {
            return new InitiativeResult(InitiativeOutcome.Invalid, initiative?.Id ?? 0, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var place = await people.GetPlaceAsync(userId, cancellationToken) ?? PersonPlace.None;
        if (initiative is null)
        {
            initiative = new Initiative { UserId = userId, Status = InitiativeStatus.Draft, CreatedUtc = now };
            db.Add(initiative);
        }

        initiative.Title = values.Title;
        initiative.Sector = values.Sector;
        initiative.CourseSet = values.CourseSet;
        initiative.Description = values.Description;
        initiative.CostTenge = values.Cost;
        initiative.Jobs = (int)values.Jobs;
        initiative.AnnualIncomeTenge = values.Income;
        initiative.Funding = values.Funding;
        initiative.Participants = values.Participants;
        initiative.StartMonth = values.Start;
        initiative.EndMonth = values.End;
        initiative.RegionId = place.RegionId;
        initiative.DistrictId = place.DistrictId;
        initiative.RuralDistrictId = place.RuralDistrictId;
        initiative.RuralDistrictName = place.RuralDistrictName;
        initiative.UpdatedUtc = now;
        var action = id is null ? HistoryAction.Created : HistoryAction.Saved;
        if (submit)
        {
            initiative.Status = InitiativeStatus.Submitted;
            initiative.SubmittedUtc = now;
            action = HistoryAction.Submitted;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Add(new InitiativeHistory { InitiativeId = initiative.Id, UserId = userId, UserName = userName, AtUtc = now, Action = action });
        await db.SaveChangesAsync(cancellationToken);
        return InitiativeResult.Of(submit ? InitiativeOutcome.Submitted : InitiativeOutcome.Saved, initiative.Id);
    }

    /// <summary>Adds uploaded files (already stored in the media library) to a draft or returned initiative of the user.</summary>
    public async Task<bool> AddAttachmentAsync(long id, string userId, string path, CancellationToken cancellationToken = default)
    {
        var initiative = await db.Set<Initiative>().FirstOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);
        if (initiative is null || !IsEditable(initiative.Status) || initiative.AttachmentPaths.Count >= MaxAttachments)
        {
            return false;
        }

        initiative.Attachments = string.Join('\n', [.. initiative.AttachmentPaths, path]);
        initiative.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAttachmentAsync(long id, string userId, string path, CancellationToken cancellationToken = default)
    {
        var initiative = await db.Set<Initiative>().FirstOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);
        if (initiative is null || !IsEditable(initiative.Status) || !initiative.AttachmentPaths.Contains(path))
        {
            return false;
        }

        initiative.Attachments = string.Join('\n', initiative.AttachmentPaths.Where(p => p != path));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public const int MaxAttachments = 10;

    /// <summary>A reviewer's decision on a submitted initiative: "return" (comment required) or "approve" (all four scores required).</summary>
    public async Task<InitiativeResult> ReviewAsync(long id, string reviewerId, string reviewerName, ReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var approve = input.Action == "approve";
        if (!approve && input.Action != "return")
        {
            errors["Action"] = t["Choose to return or to approve."];
        }

        var scores = new int?[4];
        string?[] posted = [input.Feasibility, input.IncomeEffect, input.CostRealism, input.LocalResources];
        string[] names = [nameof(ReviewInput.Feasibility), nameof(ReviewInput.IncomeEffect), nameof(ReviewInput.CostRealism), nameof(ReviewInput.LocalResources)];
        for (var i = 0; i < 4; i++)
        {
            if (string.IsNullOrWhiteSpace(posted[i]))
            {
                if (approve)
                {
                    errors[names[i]] = t["Give a score from 1 to 5."];
                }

                continue;
            }

            if (int.TryParse(posted[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                scores[i] = score;
            }
            else
            {
                errors[names[i]] = t["Give a score from 1 to 5."];
            }
        }

        var comment = input.Comment?.Trim();
        if (!approve && string.IsNullOrEmpty(comment))
        {
            errors[nameof(ReviewInput.Comment)] = t["Say what to change: the comment is required when returning."];
        }
        else if (comment?.Length > MaxComment)
        {
            errors[nameof(ReviewInput.Comment)] = t["At most {0} characters.", MaxComment];
        }

        var initiative = await db.Set<Initiative>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (initiative is null)
        {
            return InitiativeResult.Of(InitiativeOutcome.NotFound);
        }

        if (errors.Count > 0)
        {
            return new InitiativeResult(InitiativeOutcome.Invalid, id, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var status = approve ? InitiativeStatus.Approved : InitiativeStatus.Returned;
        var entry = new InitiativeHistory
        {
            InitiativeId = id,
            UserId = reviewerId,
            UserName = reviewerName,
            AtUtc = now,
            Action = approve ? HistoryAction.Approved : HistoryAction.Returned,
            Feasibility = scores[0],
            IncomeEffect = scores[1],
            CostRealism = scores[2],
            LocalResources = scores[3],
            Comment = string.IsNullOrEmpty(comment) ? null : comment,
        };
        initiative.Status = status;
        var decided = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Only a submitted initiative can be decided, once: the conditional update makes a second reviewer (or a
            // double click) find nothing to change.
            decided = await db.Set<Initiative>().Where(i => i.Id == id && i.Status == InitiativeStatus.Submitted)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status).SetProperty(i => i.DecidedUtc, now), cancellationToken) == 1;
            if (!decided)
            {
                return;
            }

            entry.Id = 0;
            db.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            await notifier.QueueAsync(initiative, entry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        if (!decided)
        {
            return InitiativeResult.Of(InitiativeOutcome.WrongStatus, id);
        }

        if (approve && initiative.CourseSet is { } courseSet)
        {
            await CountTowardsCourseAsync(initiative.UserId, courseSet, cancellationToken);
        }

        return InitiativeResult.Of(approve ? InitiativeOutcome.Approved : InitiativeOutcome.Returned, id);
    }

    /// <summary>The courses the learner is enrolled in (set and title), for the form's course picker.</summary>
    public async Task<IReadOnlyList<LearningItemLink>> MyCoursesAsync(string userId, string culture, CancellationToken cancellationToken = default)
    {
        var links = new List<LearningItemLink>();
        foreach (var source in records)
        {
            var sets = (await source.ListAsync([userId], activeOnly: false, cancellationToken)).Select(e => e.CourseSet).Distinct().ToList();
            var described = await source.DescribeAsync(sets, culture, cancellationToken);
            links.AddRange(sets.Select(s => described.TryGetValue(s, out var link) ? link : new LearningItemLink(s, s, "")));
        }

        return links;
    }

    private async Task<bool> IsEnrolledAsync(string userId, string courseSet, CancellationToken cancellationToken)
    {
        foreach (var source in records)
        {
            if (await source.GetAsync(userId, courseSet, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Asks Courses to re-check completion of the course through its initiative assignment items.</summary>
    private async Task CountTowardsCourseAsync(string userId, string courseSet, CancellationToken cancellationToken)
    {
        foreach (var source in records)
        {
            if (await source.GetAsync(userId, courseSet, cancellationToken) is not { } enrollment)
            {
                continue;
            }

            foreach (var (_, itemSet) in enrollment.ItemSets.Where(i => i.ContentType == InitiativeTypes.InitiativeAssignment))
            {
                foreach (var progress in courses)
                {
                    await progress.RequirementFulfilledAsync(userId, itemSet, cancellationToken);
                }
            }
        }
    }

    private Values Validate(InitiativeInput input, bool submit, Dictionary<string, string> errors)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors["Title"] = t["Give the initiative a title."];
        }
        else if (title.Length > MaxTitle)
        {
            errors["Title"] = t["At most {0} characters.", MaxTitle];
        }

        var sector = InitiativeSector.Other;
        if (!string.IsNullOrEmpty(input.Sector) && Enum.TryParse<InitiativeSector>(input.Sector, false, out var s) && Enum.IsDefined(s) && !int.TryParse(input.Sector, out _))
        {
            sector = s;
        }
        else if (submit || !string.IsNullOrEmpty(input.Sector))
        {
            errors["Sector"] = t["Choose a sector."];
        }

        var description = input.Description?.Trim() ?? "";
        if (description.Length > MaxDescription)
        {
            errors["Description"] = t["At most {0} characters.", MaxDescription];
        }
        else if (submit && description.Length == 0)
        {
            errors["Description"] = t["Describe the initiative."];
        }

        var cost = Number("Cost", input.Cost, TengeNumbers.ParseTenge(input.Cost), submit, errors, TengeNumbers.MaxTenge);
        var jobs = Number("Jobs", input.Jobs, TengeNumbers.ParseCount(input.Jobs), submit, errors, TengeNumbers.MaxJobs);
        var income = Number("Income", input.Income, TengeNumbers.ParseTenge(input.Income), submit, errors, TengeNumbers.MaxTenge);

        var funding = input.Funding;
        if (submit && funding == FundingSources.None)
        {
            errors["Funding"] = t["Choose at least one funding source."];
        }

        var participants = input.Participants?.Trim() ?? "";
        if (participants.Length > MaxParticipants)
        {
            errors["Participants"] = t["At most {0} characters.", MaxParticipants];
        }

        var start = Month("Start", input.Start, submit, errors);
        var end = Month("End", input.End, submit, errors);
        if (start > 0 && end > 0 && end < start)
        {
            errors["End"] = t["The end cannot be before the start."];
        }

        var courseSet = string.IsNullOrWhiteSpace(input.CourseSet) ? null : input.CourseSet.Trim();
        return new Values(title, sector, courseSet, description, cost, jobs, income, funding, participants, start, end);
    }

    private long Number(string field, string? text, NumberResult result, bool submit, Dictionary<string, string> errors, long max)
    {
        if (result.Error is null)
        {
            return result.Value;
        }

        if (result.Error == NumberError.Missing && !submit)
        {
            return 0;
        }

        errors[field] = result.Error switch
        {
            NumberError.Missing => t["Enter a number."],
            NumberError.NotWhole => t["Enter a whole number."],
            NumberError.TooManyDecimals => t["At most two digits after the comma."],
            NumberError.Negative => t["The number cannot be negative."],
            NumberError.TooLarge => t["At most {0}.", TengeNumbers.Format(max)],
            _ => t["\"{0}\" is not a number. Write digits, with spaces between thousands if you like: 1 500 000 or 2 500,50.", text ?? ""],
        };
        return 0;
    }

    private int Month(string field, string? text, bool submit, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (submit)
            {
                errors[field] = t["Choose a month."];
            }

            return 0;
        }

        if (Months.Parse(text) is { } month)
        {
            return month;
        }

        errors[field] = t["Choose a month between 2000 and 2100."];
        return 0;
    }

    private sealed record Values(string Title, InitiativeSector Sector, string? CourseSet, string Description, long Cost, long Jobs, long Income, FundingSources Funding, string Participants, int Start, int End);
}
