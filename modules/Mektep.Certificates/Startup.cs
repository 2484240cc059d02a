using Mektep.Certificates.Editors;
using Mektep.Certificates.Indexes;
using Mektep.Certificates.Jobs;
using Mektep.Certificates.Migrations;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Content;
using Mektep.Data;
using Mektep.Display;
using Mektep.Email;
using Mektep.Jobs;
using Mektep.Learning;
using Mektep.Modules;
using Mektep.Navigation;
using Mektep.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Certificates;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton(new AdminMenuItem("Certificates", "/admin/certificates", Permissions.ManageCertificates.Name, "Learning", 40));
        services.AddSingleton(new AdminMenuItem("Issue certificates", "/admin/certificates/issue", Permissions.ManageCertificates.Name, "Learning", 41));
        services.AddSingleton(new AdminMenuItem("Certificate templates", "/admin/content?type=" + CertificateTypes.CertificateTemplate, "ManageContent", "Learning", 42));
        services.AddSingleton(new AccountLink("My certificates", "/my/certificates", 2));
        services.AddDataMigration<CertificateTypesMigration>();
        services.AddSingleton<IDbModelContributor, CertificatesDbModel>();
        services.AddSingleton<IContentIndexProvider, CertificateTemplateIndexProvider>();
        services.Configure<CertificateOptions>(configuration.GetSection("Certificates"));
        services.AddHttpContextAccessor();
        services.AddEmailKind(CertificateMailer.EmailKind);
        services.AddEmailKind(ExpiryReminders.EmailKind);
        services.AddScoped<ExpiryReminders>();
        services.AddRecurringJob<RemindExpiringCertificatesJob>(RemindExpiringCertificatesJob.Id, "0 6 * * *");

        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<VerificationRateLimiter>();
        services.AddScoped<CertificateLinks>();
        services.AddScoped<CertificateTemplates>();
        services.AddScoped<CertificateMailer>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<CertificateRevocation>();
        services.AddScoped<CertificateRegister>();
        services.AddScoped<CertificateVerifier>();
        services.AddScoped<ICourseCompletionHandler, CertificateCompletionHandler>();

        services.AddContentPart<CertificateTemplatePart>("Certificate template", "The course, the text with placeholders, page, background, signatories and issuing rules")
            .WithEditor<CertificateTemplatePartEditor, CertificateTemplatePartBinder>();
    }

    public void Configure(IEndpointRouteBuilder endpoints) => CertificateEndpoints.Map(endpoints);
}
