using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class LinkFieldBinder : IFieldBinder
{
    public const int MaxLength = 2048;

    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var url = form[$"{name}.Url"].ToString().Trim();
        var text = form[$"{name}.Text"].ToString().Trim();
        if (url.Length == 0)
        {
            if (definition.Required)
            {
                errors[name] = "This field is required.";
            }
            else if (text.Length > 0)
            {
                errors[name] = "Give the link's address.";
            }
        }
        else if (!IsSafe(url) || url.Length > MaxLength)
        {
            errors[name] = "Use an http(s) address or a path on this site starting with /.";
        }

        return Task.FromResult<ContentField>(new LinkField { Url = url.Length == 0 ? null : url, Text = text.Length == 0 ? null : text });
    }

    /// <summary>Absolute http(s) URLs and site-relative paths; never javascript:, data: or protocol-relative ones.</summary>
    public static bool IsSafe(string url)
    {
        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
