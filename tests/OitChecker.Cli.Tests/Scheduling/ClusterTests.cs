using System.Globalization;
using OitChecker.Scheduling;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>
/// Two real <c>serve</c> processes sharing a clustered Quartz store on PostgreSQL, 30 generated sites on
/// loopback, and the test-only ledger runner (a polite crawl of each site, then (site, round) recorded once under
/// a unique key). Runs only where OIT_TEST_POSTGRES names a role that may CREATE DATABASE (.ci/run sets it).
/// Three rounds, each a one-off cron slot: one node (throughput), two nodes (throughput), two nodes with one
/// killed by SIGKILL mid-round (recovery).
/// </summary>
[NonParallelizable]
public class ClusterTests : ClusterRig
{
    private const int PagesPerSite = 8; // + home + procurement = 10 requests at 500 ms ≈ 4.5 s per check

    [Test]
    public async Task Cluster_TwoNodesThirtySites_EachSiteOncePerRoundAndAKilledNodesSiteRerunElsewhere()
    {
        // Given a fresh database, the ledger and 30 loopback sites
        await StartRigAsync(PagesPerSite);
        var ledger = Ledger.Postgres(Db!.ConnectionString);
        await ledger.CreateSchemaAsync();

        // Round 1: one node
        var t1 = WriteSites(lead: TimeSpan.FromSeconds(20));
        var node1 = StartNode("node1", ledger);
        var round1 = await CompleteRoundAsync(ledger, t1, node1);
        await StopAsync(node1);

        // Round 2: two nodes
        var t2 = WriteSites(lead: TimeSpan.FromSeconds(12));
        node1 = StartNode("node1", ledger);
        var node2 = StartNode("node2", ledger);
        var round2 = await CompleteRoundAsync(ledger, t2, node1, node2);
        await StopAsync(node1);
        await StopAsync(node2);

        // Round 3: two nodes, node1 killed with SIGKILL while it is checking
        var t3 = WriteSites(lead: TimeSpan.FromSeconds(12));
        var id3 = RoundIds.ToId(t3);
        node1 = StartNode("node1", ledger);
        node2 = StartNode("node2", ledger);
        var inFlight = await Poll.UntilAsync(async () => (await InFlightAsync(ledger, id3, "node1")).Count > 0, TimeSpan.FromSeconds(60), pollMilliseconds: 100);
        Assert.That(inFlight, Is.True, "node1 never started a check in round 3:\n" + node1.Output);
        node1.KillHard();
        await node1.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var killedAt = DateTimeOffset.UtcNow;
        var lost = await InFlightAsync(ledger, id3, "node1");
        var round3 = await CompleteRoundAsync(ledger, t3, node2);
        await StopAsync(node2);

        // Then every site was checked exactly once in rounds 1 and 2 ...
        var attempts = await ledger.AttemptsAsync();
        foreach (var (id, rounds) in new[] { (RoundIds.ToId(t1), round1), (RoundIds.ToId(t2), round2) })
        {
            Assert.That(rounds.Select(r => r.Site).ToList(), Is.Unique.And.Count.EqualTo(SiteCount), $"round {id}");
            Assert.That(attempts.Where(a => a.Round == id).GroupBy(a => a.Site).Select(g => g.Count()), Is.All.EqualTo(1), $"round {id}: a site was attempted twice");
        }

        Assert.That(round2.Select(r => r.Node).Distinct(), Is.EquivalentTo(new[] { "node1", "node2" }), "both nodes shared round 2");

        // ... and in round 3 each site is recorded once, the killed node's sites by node2 after a recovery
        Assert.That(round3.Select(r => r.Site).ToList(), Is.Unique.And.Count.EqualTo(SiteCount));
        var attempts3 = attempts.Where(a => a.Round == id3).GroupBy(a => a.Site).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Multiple(() =>
        {
            foreach (var site in lost)
            {
                Assert.That(round3.Single(r => r.Site == site).Node, Is.EqualTo("node2"), $"{site} was lost with node1");
                Assert.That(attempts3[site].Select(a => a.Node), Is.EqualTo(new[] { "node1", "node2" }), $"{site}: attempts");
                Assert.That(node2.Output, Does.Contain($"Check of {site} for round {id3} started on node node2 (recovering: True)"));
            }

            foreach (var (site, list) in attempts3.Where(kv => !lost.Contains(kv.Key)))
            {
                Assert.That(list, Has.Count.EqualTo(1), $"{site} was attempted more than once in round 3");
            }
        });

        // And status, from any machine with the store, shows the cluster's last runs
        var status = await StatusAsync();
        Assert.That(status.ExitCode, Is.EqualTo(0), status.Error);
        Assert.That(status.Output, Does.Contain($"round {id3} on node2, recovered"));
        Assert.That(status.Output, Does.Contain("outcome   no gaps (exit 0)"));

        // The figures for the closing note
        var recoveredAfter = round3.Where(r => lost.Contains(r.Site)).Max(r => r.Started) - killedAt;
        TestContext.Out.WriteLine(Figures("one node, 10 threads", t1, round1));
        TestContext.Out.WriteLine(Figures("two nodes, 10 threads each", t2, round2));
        TestContext.Out.WriteLine(Figures("two nodes, node1 SIGKILLed", t3, round3)
            + string.Create(CultureInfo.InvariantCulture, $"; {lost.Count} in-flight site(s) lost with node1 re-run by node2 within {recoveredAfter.TotalSeconds:0.0} s of the kill"));
    }

    private async Task<CliRunner.Result> StatusAsync()
    {
        var saved = Environment.GetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable);
        Environment.SetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable, Db!.ConnectionString);
        try
        {
            return await CliRunner.RunAsync("status", "--sites", ScheduledSiteFiles.SitesDirectory(Root), "--store", "postgres");
        }
        finally
        {
            Environment.SetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable, saved);
        }
    }

    private DateTimeOffset WriteSites(TimeSpan lead) => RoundSlots.Write(Root, Web, lead);

    private static async Task<IReadOnlyList<LedgerRow>> CompleteRoundAsync(Ledger ledger, DateTimeOffset slot, params ServeProcess[] nodes)
    {
        var id = RoundIds.ToId(slot);
        var done = await Poll.UntilAsync(async () => (await ledger.RoundsAsync()).Count(r => r.Round == id) == SiteCount, TimeSpan.FromSeconds(150), pollMilliseconds: 250);
        var rounds = (await ledger.RoundsAsync()).Where(r => r.Round == id).ToList();
        Assert.That(done, Is.True, $"round {id}: {rounds.Count} of {SiteCount} sites recorded\n" + string.Join("\n----\n", nodes.Select(n => n.Output)));
        return rounds;
    }

    private static async Task<IReadOnlyList<string>> InFlightAsync(Ledger ledger, string round, string node)
    {
        var finished = (await ledger.RoundsAsync()).Where(r => r.Round == round).Select(r => r.Site).ToHashSet();
        return (await ledger.AttemptsAsync()).Where(a => a.Round == round && a.Node == node && !finished.Contains(a.Site)).Select(a => a.Site).ToList();
    }

    private static string Figures(string label, DateTimeOffset slot, IReadOnlyList<LedgerRow> rounds)
    {
        var span = rounds.Max(r => r.Finished!.Value) - slot;
        var perCheck = rounds.Average(r => (r.Finished!.Value - r.Started).TotalSeconds);
        var pages = rounds.Average(r => r.Pages);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label}: {rounds.Count} sites in {span.TotalSeconds:0.0} s from the slot = {rounds.Count / span.TotalHours:0} sites/hour (one check: {pages:0} requests, {perCheck:0.0} s)");
    }
}
