using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.CrashProbe;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Testing.Builders;

// Usage: OitChecker.CrashProbe <root> <marker-file>
// Publishes night 2 of a small scenario into <root> (reports, outbox, data/muangklaeng.db, as TestSites.Mini lays
// them out) while a background loop writes watch probes to the same database in transactions of
// ProbeWriter.BatchSize rows. After two report files are flushed and at least one probe batch is committed,
// it writes <marker-file> and blocks forever inside the report writer: the test then kills it with SIGKILL.
if (args.Length != 2)
{
    return 2;
}

var (root, marker) = (args[0], args[1]);
var site = TestSites.Mini(root);
var time = TimeProvider.System;
var store = HistoryStore.ForSqliteFile(site.History.Database!, time);
using var stop = new CancellationTokenSource();
var writer = new ProbeWriter(store, time);
var probes = Task.Run(() => writer.RunAsync(stop.Token));

var files = 0;
var options = new PublishOptions
{
    History = store,
    ReportFileWritten = _ =>
    {
        if (Interlocked.Increment(ref files) != 2)
        {
            return;
        }

        writer.FirstBatch.Wait(TimeSpan.FromSeconds(30));
        File.WriteAllText(marker + ".tmp", "mid-write");
        File.Move(marker + ".tmp", marker);
        Thread.Sleep(Timeout.Infinite);
    },
};

var result = new RunResultBuilder(ReportCatalog.Catalog)
    .StartedAt(new DateTimeOffset(2025, 11, 19, 21, 30, 0, TimeSpan.Zero))
    .Fail("O2", OitChecker.Verdicts.FailKind.Missing, "ไม่พบหน้าข้อมูลผู้บริหาร", "no executives page found")
    .Build();
await new RunPublisher(time, NullLoggerFactory.Instance).PublishAsync(result, site, ReportCatalog.Catalog, options, CancellationToken.None);
await stop.CancelAsync();
await probes;
return 0;
