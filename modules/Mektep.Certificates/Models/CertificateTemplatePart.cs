using Mektep.Content;

namespace Mektep.Certificates.Models;

/// <summary>
/// How a course's certificate looks and when it is issued. The kk and ru variants are translations of the same
/// template item; a certificate is printed from the learner's language if the template has it.
/// </summary>
public sealed class CertificateTemplatePart : ContentPart
{
    public const int MaxBodyLength = 4000;
    public const int MaxSignatories = 3;
    public const int MaxTextLength = 200;
    public const int MaxValidityMonths = 240;

    /// <summary>The localization set of the course this template certifies.</summary>
    public string CourseSet { get; set; } = "";

    /// <summary>Liquid text printed under the title; see <see cref="Placeholders"/>.</summary>
    public string Body { get; set; } = DefaultBody;

    public CertificatePageSize PageSize { get; set; } = CertificatePageSize.A4;

    public CertificateOrientation Orientation { get; set; } = CertificateOrientation.Landscape;

    /// <summary>A media library path of an image drawn under the whole page, or empty.</summary>
    public string BackgroundImagePath { get; set; } = "";

    public List<Signatory> Signatories { get; set; } = [];

    /// <summary>Issue when a learner completes the course.</summary>
    public bool IssueOnCompletion { get; set; } = true;

    /// <summary>The lowest course grade (percent) that earns the certificate; null issues regardless of grade.</summary>
    public decimal? MinimumGrade { get; set; }

    /// <summary>Months a certificate stays valid; null for ever.</summary>
    public int? ValidityMonths { get; set; }

    /// <summary>The names a template may use, in the order the editor lists them.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        ["learner_name", "course_title", "completion_date", "grade", "hours", "region", "certificate_number", "verification_code"];

    public const string DefaultBody = "{{ learner_name }}\n{{ course_title }}\n{{ hours }} h · {{ completion_date }}";

    public override string? SearchText => Body;
}
