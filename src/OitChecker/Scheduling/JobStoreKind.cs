namespace OitChecker.Scheduling;

/// <summary>Where Quartz keeps jobs, triggers and fired-trigger state.</summary>
public enum JobStoreKind
{
    /// <summary>A SQLite file: zero setup, survives restarts, one node.</summary>
    Sqlite,

    /// <summary>PostgreSQL with Quartz clustering: several <c>serve</c> processes share the work and recover each other's runs.</summary>
    Postgres,
}
