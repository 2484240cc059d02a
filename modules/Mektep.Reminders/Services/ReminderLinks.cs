using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Mektep.Reminders.Services;

/// <summary>Absolute links for messages: <c>Notifications:PublicBaseUrl</c>, else the current request, else localhost.</summary>
public sealed class ReminderLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public Uri BaseUri()
    {
        if (configuration["Notifications:PublicBaseUrl"] is { Length: > 0 } configured)
        {
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        }

        return http.HttpContext?.Request is { } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : new Uri("http://localhost:5000/");
    }

    public string Absolute(string path) => new Uri(BaseUri(), path.TrimStart('/')).ToString();
}
