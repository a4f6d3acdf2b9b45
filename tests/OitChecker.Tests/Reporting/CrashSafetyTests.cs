using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Reporting;
using OitChecker.Testing;
using OitChecker.Testing.Builders;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// A publishing process killed with SIGKILL in the middle of writing its report (while another thread
/// is inside a database transaction) must leave the previous run's report, the latest pointer and the
/// history database intact and consistent.
/// </summary>
[NonParallelizable]
public sealed class CrashSafetyTests
{
    private const int ProbeBatch = 2000; // OitChecker.CrashProbe.ProbeWriter.BatchSize

    [Test]
    [CancelAfter(120_000)]
    public async Task PublishAsync_ProcessKilledMidWrite_PreviousRunAndHistoryStayIntact(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("SIGKILL semantics are tested on Linux/macOS.");
        }

        // Given night 1 published normally
        var root = RepoPaths.NewTempDirectory("oit-crash");
        var site = TestSites.Mini(root);
        var night1 = await new RunPublisher(new FakeTimeProvider(ReportScenario.Night1.AddMinutes(13)), NullLoggerFactory.Instance)
            .PublishAsync(ReportScenario.Run(1), site, ReportCatalog.Catalog, new PublishOptions(), ct);
        var folders = new ReportFolders(site.Reports.Directory, site.Id, TimeProvider.System, NullLogger.Instance);
        var before = Snapshot(night1.ReportFolder!);
        SqliteConnection.ClearAllPools();

        // When a child process publishing night 2 is killed while writing
        var marker = Path.Combine(root, "mid-write.marker");
        using var probe = Process.Start(ProbeStartInfo(root, marker))!;
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(marker) && !probe.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, ct);
        }

        Assert.That(File.Exists(marker), Is.True, $"the probe never reached mid-write (exited: {probe.HasExited}) {(probe.HasExited ? await probe.StandardError.ReadToEndAsync(ct) : string.Empty)}");
        probe.Kill(); // SIGKILL on Unix: no finally blocks, no flush, no cleanup
        await probe.WaitForExitAsync(ct);

        // Then the previous report and the latest pointer are untouched
        var siteDir = folders.SiteDirectory;
        var staging = Directory.GetDirectories(siteDir).Select(Path.GetFileName).OfType<string>().Where(n => n.StartsWith(".tmp-", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(probe.ExitCode, Is.EqualTo(128 + 9), "killed by SIGKILL, not finished");
            Assert.That(folders.List(), Is.EqualTo(new[] { "20251118T213000Z" }), "no half folder is visible as a run");
            Assert.That(folders.Latest(), Is.EqualTo(night1.ReportFolder));
            Assert.That(new FileInfo(Path.Combine(siteDir, "latest")).LinkTarget, Is.EqualTo("20251118T213000Z"));
            Assert.That(Snapshot(night1.ReportFolder!), Is.EqualTo(before), "night 1's files are byte-identical");
            Assert.That(staging, Has.Count.EqualTo(1), "the interrupted run stayed in its hidden staging folder");
        });

        // And the history database opens, passes integrity_check and holds only whole transactions
        await using (var c = new SqliteConnection($"Data Source={site.History.Database};Pooling=False"))
        {
            await c.OpenAsync(ct);
            Assert.Multiple(async () =>
            {
                Assert.That(await Scalar(c, "PRAGMA integrity_check", ct), Is.EqualTo("ok"));
                Assert.That(await Scalar(c, "SELECT COUNT(*) FROM runs", ct), Is.EqualTo(1L), "night 2 was never recorded");
                Assert.That(await Scalar(c, "SELECT COUNT(*) FROM run_items", ct), Is.EqualTo(10L));
                var probes = (long)(await Scalar(c, "SELECT COUNT(*) FROM watch_probes", ct))!;
                Assert.That(probes, Is.GreaterThanOrEqualTo(ProbeBatch));
                Assert.That(probes % ProbeBatch, Is.Zero, "only whole probe transactions are visible");
            });
        }

        // And the next run publishes normally on top of it
        SqliteConnection.ClearAllPools();
        var night2 = await new RunPublisher(new FakeTimeProvider(ReportScenario.Night1.AddDays(1).AddMinutes(13)), NullLoggerFactory.Instance)
            .PublishAsync(ReportScenario.Run(2), site, ReportCatalog.Catalog, new PublishOptions(), ct);
        Assert.Multiple(() =>
        {
            Assert.That(folders.Latest(), Is.EqualTo(night2.ReportFolder));
            Assert.That(folders.List(), Is.EqualTo(new[] { "20251118T213000Z", "20251119T213000Z" }));
        });
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private static ProcessStartInfo ProbeStartInfo(string root, string marker)
    {
        // tests/OitChecker.Tests/bin/<Configuration>/<tfm>/ → tests/OitChecker.CrashProbe/bin/<Configuration>/<tfm>/
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (tfm, configuration) = (baseDir.Name, baseDir.Parent!.Name);
        var dll = Path.Combine(RepoPaths.Root, "tests", "OitChecker.CrashProbe", "bin", configuration, tfm, "OitChecker.CrashProbe.dll");
        Assert.That(File.Exists(dll), Is.True, $"build the crash probe first: {dll}");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add(root);
        psi.ArgumentList.Add(marker);
        return psi;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task<object?> Scalar(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }
}
