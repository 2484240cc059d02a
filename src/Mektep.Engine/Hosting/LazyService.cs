using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Hosting;

/// <summary>
/// <c>Lazy&lt;T&gt;</c> from the container: a service used on a rare path (the handlers a write notifies) is resolved
/// when first used, not with every instance of the service that might need it on a hot read path.
/// </summary>
internal sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>)
    where T : notnull;
