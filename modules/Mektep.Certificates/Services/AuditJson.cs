using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Mektep.Certificates.Services;

/// <summary>Audit details as JSON that keeps Kazakh and Russian text readable in the audit trail.</summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
