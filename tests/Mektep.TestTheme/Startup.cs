using Mektep.Content;
using Mektep.Display;
using Mektep.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.TestTheme;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        => services.AddPartDisplayOverride<TestTitleDisplay>(nameof(TitlePart), DisplayTypes.Detail, "Mektep.TestTheme");
}
