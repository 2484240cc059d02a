using Mektep.Certificates.Models;
using Mektep.Content;
using Mektep.Learning;

namespace Mektep.Certificates.Services;

/// <summary>Issues the course's certificate when a learner completes it, in the completion's transaction, in the language the learner studied in.</summary>
public sealed class CertificateCompletionHandler(CertificateTemplates templates, CertificateIssuer issuer, IContentManager content) : ICourseCompletionHandler
{
    public async Task CompletedAsync(CourseCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (!await templates.IssuesOnCompletionAsync(completion.CourseSet, cancellationToken))
        {
            return;
        }

        var course = await content.GetAsync(completion.CourseContentItemId, VersionOptions.Published, cancellationToken);
        await issuer.IssueAsync(completion.CourseSet, completion.UserId, CertificateSources.Completion, course?.Culture, requireCompletion: true, cancellationToken: cancellationToken);
    }
}
