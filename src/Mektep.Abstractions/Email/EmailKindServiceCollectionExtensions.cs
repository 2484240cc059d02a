using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Email;

/// <summary>Registers message kinds.</summary>
public static class EmailKindServiceCollectionExtensions
{
    /// <summary>Makes a message kind and its default templates known to the notifications module.</summary>
    public static IServiceCollection AddEmailKind(this IServiceCollection services, EmailKind kind)
    {
        services.AddSingleton(kind);
        return services;
    }
}
