namespace Mektep.Certificates.Models;

/// <summary>Everything a certificate prints, frozen at issue: the PDF is drawn from this alone (plus the media images it names).</summary>
public sealed class CertificateSnapshot
{
    public string Title { get; set; } = "";

    /// <summary>The template body rendered with the values below.</summary>
    public string Body { get; set; } = "";

    public string LearnerName { get; set; } = "";

    public string CourseTitle { get; set; } = "";

    public string CompletionDate { get; set; } = "";

    public string IssueDate { get; set; } = "";

    public string? Grade { get; set; }

    public int Hours { get; set; }

    public string Region { get; set; } = "";

    public string Number { get; set; } = "";

    public string VerificationCode { get; set; } = "";

    /// <summary>The public verification address the QR code points to.</summary>
    public string VerifyUrl { get; set; } = "";

    public string Culture { get; set; } = "";

    public CertificatePageSize PageSize { get; set; }

    public CertificateOrientation Orientation { get; set; }

    public string BackgroundImagePath { get; set; } = "";

    public List<Signatory> Signatories { get; set; } = [];

    /// <summary>Printed labels in the certificate's language (number, verification).</summary>
    public Dictionary<string, string> Labels { get; set; } = [];
}
