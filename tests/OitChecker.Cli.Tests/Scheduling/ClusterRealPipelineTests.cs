using System.Globalization;
using Npgsql;
using OitChecker.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>
/// The cluster with the REAL check pipeline (no test runner): two <c>serve</c> processes on a clustered Quartz
/// store in PostgreSQL, 30 loopback sites at default politeness, history in the same database. A round on one
/// node and a round on two nodes measure throughput; in the third round node1 is killed with SIGKILL while it
/// checks, and the history must still hold every site's round exactly once, the lost sites written by node2 after
/// a recovery.
/// </summary>
[NonParallelizable]
public class ClusterRealPipelineTests : ClusterRig
{
    [Test]
    public async Task RealPipeline_NodeKilledMidRound_HistoryHoldsEverySiteRoundOnce()
    {
        // Given a fresh database and 30 loopback sites
        await StartRigAsync(pagesPerSite: 8);

        // Round 1: one node, the real pipeline, default politeness (2 concurrent, 500 ms per host)
        var t1 = RoundSlots.Write(Root, Web, TimeSpan.FromSeconds(20));
        var node1 = StartNode("node1", ledger: null);
        var round1 = await CompleteRoundAsync(RoundIds.ToId(t1), node1);
        await StopAsync(node1);

        // Round 2: two nodes share the round
        var tShared = RoundSlots.Write(Root, Web, TimeSpan.FromSeconds(12));
        node1 = StartNode("node1", ledger: null);
        var node2 = StartNode("node2", ledger: null);
        var shared = await CompleteRoundAsync(RoundIds.ToId(tShared), node1, node2);
        var sharedBy = (StartedOn(node1, RoundIds.ToId(tShared)).Count, StartedOn(node2, RoundIds.ToId(tShared)).Count);
        await StopAsync(node1);
        await StopAsync(node2);

        // Round 3: two nodes; node1 is killed with SIGKILL as soon as it has started checks
        var t2 = RoundSlots.Write(Root, Web, TimeSpan.FromSeconds(12));
        var id2 = RoundIds.ToId(t2);
        node1 = StartNode("node1", ledger: null);
        node2 = StartNode("node2", ledger: null);
        var started = await Poll.UntilAsync(() => Task.FromResult(StartedOn(node1, id2).Count > 0), TimeSpan.FromSeconds(60), pollMilliseconds: 50);
        Assert.That(started, Is.True, "node1 never started a check in round 3:\n" + node1.Output);
        node1.KillHard();
        await node1.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var finishedAtKill = (await RunsAsync(id2)).Select(r => r.Site).ToHashSet();
        var lost = StartedOn(node1, id2).Where(s => !finishedAtKill.Contains(s)).ToList();
        var round2 = await CompleteRoundAsync(id2, node2);
        await StopAsync(node2);

        // Then the history holds each site's round exactly once, and node2 re-ran every site lost with node1
        Assert.Multiple(() =>
        {
            Assert.That(round1.Select(r => r.Site).ToList(), Is.Unique.And.Count.EqualTo(SiteCount));
            Assert.That(shared.Select(r => r.Site).ToList(), Is.Unique.And.Count.EqualTo(SiteCount));
            Assert.That(sharedBy.Item1 > 0 && sharedBy.Item2 > 0, Is.True, $"both nodes checked sites in the shared round (node1 {sharedBy.Item1}, node2 {sharedBy.Item2})");
            Assert.That(round2.Select(r => r.Site).ToList(), Is.Unique.And.Count.EqualTo(SiteCount));
            Assert.That(round2.Select(r => r.Status), Is.All.EqualTo("complete"), "every site was really checked, not given up");
            Assert.That(lost, Is.Not.Empty, "node1 was killed while checking, so at least one site was in flight");
            foreach (var site in lost)
            {
                Assert.That(node2.Output, Does.Contain($"Check of {site} for round {id2} started on node node2 (recovering: True)"), $"{site} was lost with node1");
            }
        });

        var span = round1.Max(r => r.Finished) - t1;
        var perCheck = round1.Average(r => (r.Finished - r.Started).TotalSeconds);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"real pipeline, one node, 10 threads: {SiteCount} sites in {span.TotalSeconds:0.0} s from the slot = {SiteCount / span.TotalHours:0} sites/hour (one check {perCheck:0.0} s)"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"real pipeline, two nodes, 10 threads each: {SiteCount} sites in {(shared.Max(r => r.Finished) - tShared).TotalSeconds:0.0} s from the slot = {SiteCount / (shared.Max(r => r.Finished) - tShared).TotalHours:0} sites/hour (node1 {sharedBy.Item1}, node2 {sharedBy.Item2})"));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"real pipeline, two nodes, node1 SIGKILLed: {lost.Count} in-flight site(s) re-run by node2; round done {(round2.Max(r => r.Finished) - t2).TotalSeconds:0.0} s after the slot"));
    }

    /// <summary>Sites whose check of this round the node's log says it started.</summary>
    private static List<string> StartedOn(ServeProcess node, string round) =>
        node.Output.Split('\n')
            .Where(l => l.Contains($" for round {round} started on node ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("Check of ", StringComparison.Ordinal) + "Check of ".Length)..].Split(' ')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private async Task<IReadOnlyList<HistoryRun>> CompleteRoundAsync(string round, params ServeProcess[] nodes)
    {
        var done = await Poll.UntilAsync(async () => (await RunsAsync(round)).Count >= SiteCount, TimeSpan.FromSeconds(240), pollMilliseconds: 250);
        var runs = await RunsAsync(round);
        Assert.That(done, Is.True, $"round {round}: {runs.Count} of {SiteCount} sites in the history\n" + string.Join("\n----\n", nodes.Select(n => n.Output)));
        return runs;
    }

    private async Task<IReadOnlyList<HistoryRun>> RunsAsync(string round)
    {
        await using var c = new NpgsqlConnection(Db!.ConnectionString);
        await c.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('runs') IS NOT NULL", c);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return [];
        }

        await using var cmd = new NpgsqlCommand("SELECT site, status, started_at, finished_at FROM runs WHERE round_id = @r", c);
        cmd.Parameters.AddWithValue("r", round);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<HistoryRun>();
        while (await reader.ReadAsync())
        {
            list.Add(new HistoryRun(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return list;
    }

    private sealed record HistoryRun(string Site, string Status, DateTimeOffset Started, DateTimeOffset Finished);
}
