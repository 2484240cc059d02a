using Mektep.Certificates.Models;
using Mektep.Content;

namespace Mektep.Certificates.Indexes;

public sealed class CertificateTemplateIndexProvider : ContentIndexProvider<CertificateTemplateIndex>
{
    public override IEnumerable<CertificateTemplateIndex> Map(ContentItem item)
    {
        if (item.ContentType != CertificateTypes.CertificateTemplate)
        {
            return [];
        }

        var part = item.As<CertificateTemplatePart>();
        return [new CertificateTemplateIndex { CourseSet = part.CourseSet, IssueOnCompletion = part.IssueOnCompletion }];
    }
}
