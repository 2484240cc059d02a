using Mektep.Data;
using Mektep.Modules;
using Mektep.Pages.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Pages;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        => services.AddDataMigration<PageTypeMigration>();
}
