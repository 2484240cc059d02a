using System.Globalization;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Mektep.Certificates.Editors;

/// <summary>Applies the template settings; checks the Liquid text parses and that named images exist in the media library.</summary>
public sealed class CertificateTemplatePartBinder(IStringLocalizer<CertificateTemplatePartBinder> t, IMediaStore media) : IPartEditorBinder
{
    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);

        var part = item.As<CertificateTemplatePart>(definition.Name);
        string Read(string name) => form[$"{prefix}.{name}"].ToString().Trim();

        part.CourseSet = Read(nameof(CertificateTemplatePart.CourseSet));
        if (part.CourseSet.Length is 0 or > 32 || !part.CourseSet.All(char.IsAsciiLetterOrDigit))
        {
            errors[$"{prefix}.{nameof(CertificateTemplatePart.CourseSet)}"] = t["Choose a course."];
        }

        var bodyKey = $"{prefix}.{nameof(CertificateTemplatePart.Body)}";
        part.Body = form[bodyKey].ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (part.Body.Length > CertificateTemplatePart.MaxBodyLength)
        {
            errors[bodyKey] = t["The text is too long: at most {0} characters.", CertificateTemplatePart.MaxBodyLength];
        }
        else if (CertificateTemplates.Validate(part.Body) is { } error)
        {
            errors[bodyKey] = t["The text is not valid Liquid: {0}", error];
        }

        if (Enum.TryParse<CertificatePageSize>(Read(nameof(CertificateTemplatePart.PageSize)), out var size) && Enum.IsDefined(size))
        {
            part.PageSize = size;
        }

        if (Enum.TryParse<CertificateOrientation>(Read(nameof(CertificateTemplatePart.Orientation)), out var orientation) && Enum.IsDefined(orientation))
        {
            part.Orientation = orientation;
        }

        part.BackgroundImagePath = Image(Read(nameof(CertificateTemplatePart.BackgroundImagePath)), $"{prefix}.{nameof(CertificateTemplatePart.BackgroundImagePath)}", errors);

        part.Signatories = [];
        for (var i = 0; i < CertificateTemplatePart.MaxSignatories; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var signatory = new Signatory
            {
                Name = Cut(Read($"Signatory{n}Name")),
                Position = Cut(Read($"Signatory{n}Position")),
                SignatureImagePath = Image(Read($"Signatory{n}Image"), $"{prefix}.Signatory{n}Image", errors),
            };
            if (signatory.Name.Length > 0 || signatory.Position.Length > 0 || signatory.SignatureImagePath.Length > 0)
            {
                part.Signatories.Add(signatory);
            }
        }

        part.IssueOnCompletion = FormValues.Bool(form, $"{prefix}.{nameof(CertificateTemplatePart.IssueOnCompletion)}");

        var gradeKey = $"{prefix}.{nameof(CertificateTemplatePart.MinimumGrade)}";
        var grade = form[gradeKey].ToString().Trim();
        if (grade.Length == 0)
        {
            part.MinimumGrade = null;
        }
        else if (decimal.TryParse(grade, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            part.MinimumGrade = value;
        }
        else
        {
            errors[gradeKey] = t["Enter a percentage from 0 to 100."];
        }

        var monthsKey = $"{prefix}.{nameof(CertificateTemplatePart.ValidityMonths)}";
        var months = FormValues.Int(form, monthsKey, CertificateTemplatePart.MaxValidityMonths, errors, t["Enter a whole number of months from 0 to {0}.", CertificateTemplatePart.MaxValidityMonths]);
        part.ValidityMonths = months is > 0 ? months : null;

        item.Apply(definition.Name, part);
    }

    private string Image(string path, string key, IDictionary<string, string> errors)
    {
        if (path.Length == 0)
        {
            return "";
        }

        if (media.GetInfo(path) is null)
        {
            errors[key] = t["There is no such file in the media library."];
        }

        return path;
    }

    private static string Cut(string text) => text.Length <= CertificateTemplatePart.MaxTextLength ? text : text[..CertificateTemplatePart.MaxTextLength];
}
