using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Hangfire;
using Mektep.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mektep.Jobs.Services;

/// <summary>
/// The one method Hangfire ever calls. It stores a job as its type name, JSON arguments and culture, so Hangfire's
/// storage never holds module types, and a module's job is skipped while the module is disabled.
/// </summary>
public sealed class JobDispatcher(IServiceProvider services, IFeatureManager features, ILogger<JobDispatcher> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(string jobType, string argsJson, string? culture, CancellationToken cancellationToken)
    {
        var type = Type.GetType(jobType, throwOnError: true)!;
        var moduleId = type.Assembly.GetName().Name ?? "";
        if (!features.IsEnabled(moduleId))
        {
            logger.LogInformation("Skipped {Job}: module {Module} is disabled.", type.Name, moduleId);
            return;
        }

        var contract = ContractOf(type);
        var args = JsonSerializer.Deserialize(argsJson, contract.GetGenericArguments()[0], Json);
        var job = ActivatorUtilities.GetServiceOrCreateInstance(services, type);
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (culture is { Length: > 0 })
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        }

        try
        {
            await (Task)contract.GetMethod(nameof(IBackgroundJob<object>.RunAsync))!.Invoke(job, [args, cancellationToken])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    /// <summary>The type name stored with a job: short enough for the dashboard, resolvable by <see cref="Type.GetType(string)"/>.</summary>
    public static string NameOf(Type jobType) => $"{jobType.FullName}, {jobType.Assembly.GetName().Name}";

    public static string Serialize<TArgs>(TArgs args) => JsonSerializer.Serialize(args, Json);

    private static Type ContractOf(Type type) => type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBackgroundJob<>))
        ?? throw new InvalidOperationException($"{type} does not implement IBackgroundJob<TArgs>.");
}
