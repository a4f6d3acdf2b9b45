using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// The one place the Quartz scheduler is configured, so <c>serve</c>, <c>status</c> and the tests all talk to
/// the same store the same way: ADO.NET store on SQLite (default) or clustered PostgreSQL, schema created on
/// first start, job data kept as strings, and a check cancelled by shutdown handed back for recovery.
/// </summary>
public static class QuartzSetup
{
    /// <summary>Applies the settings to a Quartz builder (from <c>AddQuartz</c> or <see cref="QuartzSchedulerBuilder"/>).</summary>
    public static void Configure(IQuartzBuilder quartz, SchedulerSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(settings);
        quartz.ConfigureScheduler(o =>
        {
            o.InstanceName = SchedulerSettings.SchedulerName;
            if (settings.InstanceId is not null)
            {
                o.InstanceId = settings.InstanceId;
            }

            // a shutdown asks running checks to stop (their token is cancelled) and waits for them within the
            // host's shutdown timeout; with RecoverFiringsCancelledByShutdown the run is handed back and re-run
            o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        quartz.UseDefaultThreadPool(settings.MaxConcurrency);
        if (time is not null)
        {
            quartz.UseTimeProvider(time);
        }

        quartz.UsePersistentStore(store =>
        {
            if (settings.Store == JobStoreKind.Postgres)
            {
                var cs = settings.PostgresConnectionString
                    ?? throw new InvalidOperationException("The PostgreSQL job store needs a connection string.");
                store.UsePostgres(NpgsqlFactory.Instance, cs);
                store.UseClustering(c =>
                {
                    c.CheckinInterval = settings.CheckinInterval;
                    c.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                });
            }
            else
            {
                var full = Path.GetFullPath(settings.SqlitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                store.UseSqlite(SqliteFactory.Instance, new SqliteConnectionStringBuilder { DataSource = full }.ToString());
            }

            store.UseSystemTextJsonSerializer(_ => { });
            store.ConfigureStore(o =>
            {
                o.StoreJobDataAsStrings = true;
                o.MisfireThreshold = settings.MisfireThreshold;
                o.RecoverFiringsCancelledByShutdown = true;
            });
            store.ProvisionSchema();
        });
    }

    /// <summary>
    /// A scheduler outside a host (for <c>status</c> and tests). It is not started: reading the store and
    /// scheduling work without it, and a non-started scheduler never fires, checks in or recovers anything.
    /// </summary>
    public static async Task<IScheduler> BuildSchedulerAsync(SchedulerSettings settings, TimeProvider? time = null, Action<IQuartzBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = QuartzSchedulerBuilder.Create(q =>
        {
            Configure(q, settings, time);
            configure?.Invoke(q);
        });
        return await builder.BuildScheduler(cancellationToken);
    }
}
