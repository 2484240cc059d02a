using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components;

/// <summary>
/// Answers 400 (the error page says why) when a page's typed query parameter cannot be read, e.g. <c>?page=abc</c>.
/// Without this the component throws while binding and a hand-edited address becomes a 500.
/// </summary>
internal static class QueryValueValidation
{
    private static readonly ConcurrentDictionary<Type, (string Name, Type Type)[]> Parameters = new();

    public static IApplicationBuilder UseQueryValueValidation(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            var page = context.GetEndpoint()?.Metadata.OfType<ComponentTypeMetadata>().LastOrDefault()?.Type;
            if (page is not null && context.Request.Query.Count > 0 && !AllReadable(page, context.Request.Query))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });

    public static bool AllReadable(Type page, IQueryCollection query)
    {
        foreach (var (name, type) in Parameters.GetOrAdd(page, TypedParameters))
        {
            foreach (var value in query[name])
            {
                if (!string.IsNullOrEmpty(value) && !CanRead(value, type))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (string Name, Type Type)[] TypedParameters(Type page)
        => [.. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType))
            .Where(p => p.Item2 != typeof(string))];

    private static bool CanRead(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, out _),
            _ => true,
        };
    }
}
