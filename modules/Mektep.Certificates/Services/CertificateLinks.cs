using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Mektep.Certificates.Services;

/// <summary>Absolute addresses printed on certificates and in mail: the configured public address, else the request's.</summary>
public sealed class CertificateLinks(IOptions<CertificateOptions> options, IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string BaseUrl()
    {
        var configured = options.Value.PublicBaseUrl ?? configuration["Notifications:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        var request = accessor.HttpContext?.Request;
        return request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public string VerifyBaseUrl() => BaseUrl() + "/verify";

    public string VerifyUrl(string code) => $"{VerifyBaseUrl()}/{code}";
}
