using System.Reflection;
using Mektep.Data;
using Xunit.Sdk;

namespace Mektep.Tests.Infrastructure;

/// <summary>Runs a data-touching theory once on SQLite and once on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.PostgreSql],
    ];
}
