using Mektep.Display;
using Mektep.Markdown.Components;
using Mektep.Markdown.Editors;
using Mektep.Markdown.Models;
using Mektep.Markdown.Services;
using Mektep.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mektep.Markdown;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<MarkdownRenderer>();
        services.Replace(ServiceDescriptor.Singleton<IMarkdownRenderer>(sp => sp.GetRequiredService<MarkdownRenderer>()));

        services.AddContentPart<MarkdownBodyPart>("Markdown body", "A body of text written in Markdown, shown as safe HTML")
            .WithDisplay<MarkdownBodyPartDisplay>()
            .WithDisplay<MarkdownBodyPartSummary>(DisplayTypes.Summary)
            .WithEditor<MarkdownBodyPartEditor, MarkdownBodyPartBinder>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => MarkdownPreviewEndpoint.Map(endpoints);
}
