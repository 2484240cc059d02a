using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mektep.Engine.Data;

/// <summary>
/// Every DateTime in the model is UTC. SQLite hands values back with an unspecified kind and Npgsql refuses
/// to write a non-UTC value to timestamptz, so the kind is fixed on the way in and out.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
