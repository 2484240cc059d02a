using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Modules;

/// <summary>
/// The one startup class of a module. The engine creates it, calls <see cref="ConfigureServices"/> in
/// dependency order, then <see cref="Configure"/> inside an endpoint group that is switched off when the
/// module is disabled.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Registers the module's services, parts, menus, permissions and jobs.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's non-component endpoints (minimal APIs, file downloads).</summary>
    void Configure(IEndpointRouteBuilder endpoints)
    {
    }
}
