using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Http;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>
/// What every cluster test needs: a fresh PostgreSQL database (from OIT_TEST_POSTGRES), 30 loopback sites, a
/// working folder, and <c>serve</c> nodes on the clustered store — all torn down after the test.
/// </summary>
public abstract class ClusterRig
{
    protected const int SiteCount = 30;

    private readonly List<ServeProcess> _nodes = [];

    protected List<LoopbackSite> Web { get; } = [];

    protected string Root { get; private set; } = null!;

    private protected ClusterDatabase? Db { get; private set; }

    [SetUp]
    public void SetUpRig() => Root = RepoPaths.NewTempDirectory("cluster");

    [TearDown]
    public async Task TearDownRig()
    {
        foreach (var n in _nodes)
        {
            await n.DisposeAsync();
        }

        foreach (var w in Web)
        {
            await w.DisposeAsync();
        }

        if (Db is not null)
        {
            await Db.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Creates the database and the sites; ignores the test where no PostgreSQL server is configured.</summary>
    protected async Task StartRigAsync(int pagesPerSite)
    {
        var admin = Environment.GetEnvironmentVariable("OIT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Ignore("OIT_TEST_POSTGRES is not set (.ci/run sets it): the cluster test needs a PostgreSQL server");
        }

        Db = await ClusterDatabase.CreateAsync(admin);
        for (var i = 0; i < SiteCount; i++)
        {
            Web.Add(await LoopbackSite.StartAsync(pagesPerSite, $"เทศบาลตำบลทดสอบ {i + 1}"));
        }
    }

    /// <summary>A <c>serve</c> node on the clustered store; with a ledger, the test-only ledger runner is bound.</summary>
    private protected ServeProcess StartNode(string node, Ledger? ledger)
    {
        var process = ServeProcess.Start(Root,
            ["serve", "--sites", "sites", "--store", "postgres", "--node-id", node, "--threads", "10", "--checkin-interval", "1",
             "--shutdown-timeout", "10", "--log-dir", Path.Combine("logs", node)],
            ledger, node, new Dictionary<string, string> { [SchedulerSettings.PostgresEnvironmentVariable] = Db!.ConnectionString });
        _nodes.Add(process);
        return process;
    }

    private protected static async Task StopAsync(ServeProcess node)
    {
        node.Terminate();
        Assert.That(await node.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(0), node.Output);
    }
}
