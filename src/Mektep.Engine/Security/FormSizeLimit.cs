using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Security;

/// <summary>Answers 413 (the error page says why) to a form post over <see cref="FormSizeOptions.MaxBodyBytes"/>, before anything reads it.</summary>
internal static class FormSizeLimit
{
    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = new FormSizeOptions();
        configuration.GetSection(FormSizeOptions.Section).Bind(options);
        services.AddSingleton(options);
    }

    public static IApplicationBuilder UseFormSizeLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<FormSizeOptions>().MaxBodyBytes;
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            // The error page re-executed for this 413 must render, not be refused again.
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || IsMultipart(request) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            if (request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body without a declared length (chunked) is cut off by the server while it is read.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > limit))
            {
                feature.MaxRequestBodySize = limit;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            }
        });
    }

    private static bool IsMultipart(HttpRequest request)
        => request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
}
