using Mektep.Localization;

namespace Mektep.Engine.Organisation;

/// <summary>
/// Decides what becomes of each CSV record: a learner to create, or a skipped line and why. Holds the emails
/// already taken (site and earlier lines), so one instance checks one file in order.
/// </summary>
public sealed class LearnerRowValidator(OrganisationSnapshot organisation, IEnumerable<string> existingNormalizedEmails)
{
    public const int MaxNameLength = 256;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 64;

    private readonly HashSet<string> _siteEmails = [.. existingNormalizedEmails];
    private readonly Dictionary<string, int> _fileEmails = new(StringComparer.Ordinal);

    public LearnerRow Validate(CsvRecord record)
    {
        var name = record.Field(0);
        var email = record.Field(1);
        var phone = record.Field(2);
        var language = record.Field(6).ToLowerInvariant();
        LearnerRow Skip(string reason, params object[] args) => new(record.Line, name, email, null, null, null, new RowProblem(reason, args));

        if (name.Length == 0)
        {
            return Skip("The name is empty.");
        }

        if (name.Length > MaxNameLength)
        {
            return Skip("The name is longer than {0} characters.", MaxNameLength);
        }

        if (email.Length > MaxEmailLength)
        {
            return Skip("The email address is longer than {0} characters.", MaxEmailLength);
        }

        if (email.Length == 0 || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return Skip("The email address is not valid.");
        }

        if (phone.Length > MaxPhoneLength)
        {
            return Skip("The phone number is longer than {0} characters.", MaxPhoneLength);
        }

        if (language.Length > 0 && !SiteCultures.IsSupported(language))
        {
            return Skip("Unknown language \"{0}\": use kk, ru or en.", record.Field(6));
        }

        var place = FindPlace(record.Field(3), record.Field(4), record.Field(5));
        if (place.Problem is { } problem)
        {
            return new LearnerRow(record.Line, name, email, null, null, null, problem);
        }

        var normalized = email.ToUpperInvariant();
        if (_fileEmails.TryGetValue(normalized, out var firstLine))
        {
            return Skip("The email address already appears on line {0}.", firstLine);
        }

        _fileEmails[normalized] = record.Line;
        if (_siteEmails.Contains(normalized))
        {
            return Skip("A user with this email address already exists.");
        }

        return new LearnerRow(record.Line, name, email, phone.Length == 0 ? null : phone, language.Length == 0 ? null : language, place.RuralDistrictId, null);
    }

    private (int? RuralDistrictId, RowProblem? Problem) FindPlace(string regionText, string districtText, string ruralText)
    {
        if (regionText.Length == 0 || districtText.Length == 0 || ruralText.Length == 0)
        {
            return (null, new RowProblem("The region, district and rural district are all required."));
        }

        var region = OrganisationSnapshot.Match(organisation.Regions, regionText).FirstOrDefault();
        if (region is null)
        {
            return (null, new RowProblem("Unknown region \"{0}\".", regionText));
        }

        var district = OrganisationSnapshot.Match(organisation.Districts.Where(d => d.RegionId == region.Id), districtText).FirstOrDefault();
        if (district is null)
        {
            return OrganisationSnapshot.Match(organisation.Districts, districtText).Count > 0
                ? (null, new RowProblem("The district \"{0}\" is not in the region \"{1}\".", districtText, regionText))
                : (null, new RowProblem("Unknown district \"{0}\".", districtText));
        }

        var rural = OrganisationSnapshot.Match(organisation.RuralDistricts.Where(r => r.DistrictId == district.Id), ruralText).FirstOrDefault();
        if (rural is null)
        {
            return OrganisationSnapshot.Match(organisation.RuralDistricts, ruralText).Count > 0
                ? (null, new RowProblem("The rural district \"{0}\" is not in the district \"{1}\".", ruralText, districtText))
                : (null, new RowProblem("Unknown rural district \"{0}\".", ruralText));
        }

        return (rural.Id, null);
    }
}

/// <summary>Why a line is skipped: an English message (a localization key) and its arguments.</summary>
public sealed record RowProblem(string Message, params object[] Args);

/// <summary>A line of the file: a learner to create when <see cref="Problem"/> is null.</summary>
public sealed record LearnerRow(int Line, string Name, string Email, string? Phone, string? Culture, int? RuralDistrictId, RowProblem? Problem)
{
    public bool IsGood => Problem is null;
}
