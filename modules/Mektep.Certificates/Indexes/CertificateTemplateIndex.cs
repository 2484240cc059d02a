using Mektep.Content;

namespace Mektep.Certificates.Indexes;

/// <summary>One row per indexed template version, so issuance finds a course's template in SQL.</summary>
public sealed class CertificateTemplateIndex : ContentIndex
{
    public string CourseSet { get; set; } = "";

    public bool IssueOnCompletion { get; set; }
}
