using System.Net.Mail;
using Mektep.People;

namespace Mektep.Courses.Services;

/// <summary>
/// A pasted or uploaded list of emails, one a line (a CSV's first column; a header "email" is skipped), checked
/// against the people of the site. Every problem keeps its line number so the admin can fix the file.
/// </summary>
public static class EmailList
{
    public const int MaxLines = 10_000;
    public const int MaxLength = 1_000_000;

    /// <summary>Reads the lines and finds the people; nothing is changed.</summary>
    public static async Task<EmailListResult> ResolveAsync(string? text, IPeopleDirectory people, CancellationToken cancellationToken = default)
    {
        var (emails, bad) = Parse(text);
        var ids = await people.FindIdsByEmailAsync([.. emails.Select(e => e.Email)], cancellationToken);
        var found = new List<string>();
        var unknown = new List<EmailLine>();
        foreach (var line in emails)
        {
            if (ids.TryGetValue(line.Email.ToUpperInvariant(), out var id))
            {
                found.Add(id);
            }
            else
            {
                unknown.Add(line);
            }
        }

        return new EmailListResult([.. found.Distinct(StringComparer.Ordinal)], unknown, bad);
    }

    public static (List<EmailLine> Emails, List<EmailLine> Bad) Parse(string? text)
    {
        var emails = new List<EmailLine>();
        var bad = new List<EmailLine>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length && i < MaxLines; i++)
        {
            var value = lines[i].Split([',', ';', '\t'])[0].Trim().Trim('"').Trim().TrimStart('\uFEFF');
            if (value.Length == 0 || (i == 0 && value.Equals("email", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!IsEmail(value))
            {
                bad.Add(new EmailLine(i + 1, value));
            }
            else if (seen.Add(value))
            {
                emails.Add(new EmailLine(i + 1, value));
            }
        }

        return (emails, bad);
    }

    private static bool IsEmail(string value)
        => value.Length <= 256 && value.Contains('@', StringComparison.Ordinal) && MailAddress.TryCreate(value, out var address) && address.Address == value;
}

/// <summary>A line of the list: its number (from 1) and its text.</summary>
public sealed record EmailLine(int Line, string Email);

/// <summary>The people found, the emails of nobody, and the lines that are not emails.</summary>
public sealed record EmailListResult(IReadOnlyList<string> UserIds, IReadOnlyList<EmailLine> Unknown, IReadOnlyList<EmailLine> Bad);
