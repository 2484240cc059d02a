using Mektep.Certificates.Models;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Data;

namespace Mektep.Certificates.Migrations;

/// <summary>Defines the CertificateTemplate type (title + template part); its kk and ru variants are translations.</summary>
public sealed class CertificateTypesMigration(IContentDefinitionManager definitions) : DataMigration
{
    public override IReadOnlyList<Func<CancellationToken, Task>> Steps =>
    [
        async cancellationToken => await definitions.AlterTypeAsync(CertificateTypes.CertificateTemplate, type =>
        {
            type.DisplayName = "Certificate template";
            type.WithPart(nameof(TitlePart)).WithPart(nameof(CertificateTemplatePart));
        }, cancellationToken),
    ];
}
