namespace Mektep.Data;

/// <summary>The database engines Mektep runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under App_Data.</summary>
    Sqlite,

    /// <summary>Production and scale-out.</summary>
    PostgreSql,
}

/// <summary>Which provider this site runs on, for the rare query that must differ (full-text search).</summary>
public interface IDatabaseInfo
{
    /// <summary>The provider in use.</summary>
    DatabaseProvider Provider { get; }
}
