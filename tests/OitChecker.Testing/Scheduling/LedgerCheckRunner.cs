using System.Text.RegularExpressions;
using OitChecker.Running;

namespace OitChecker.Testing.Scheduling;

/// <summary>
/// TEST DOUBLE at the <see cref="ICheckRunner"/> seam for process tests of <c>serve</c> (selected only through
/// the test-only variable OITCHECK_TEST_ONLY_CHECK_RUNNER). Instead of the real pipeline it crawls the site's
/// loopback pages politely (one request at a time, the site's crawl delay between requests, up to its page
/// limit), then records (site, round) in the <see cref="Ledger"/> named by <see cref="Ledger.Variable"/> —
/// an attempt when it starts, the round once in one transaction when it finishes.
/// </summary>
public sealed partial class LedgerCheckRunner(IHttpClientFactory clients, TimeProvider time) : ICheckRunner
{
    /// <summary>Environment variable naming this node in the ledger (default: the process id).</summary>
    public const string NodeVariable = "OITCHECK_TEST_NODE";

    private readonly Ledger _ledger = new(Environment.GetEnvironmentVariable(Ledger.Variable)
        ?? throw new InvalidOperationException($"{Ledger.Variable} is not set"));

    private readonly string _node = Environment.GetEnvironmentVariable(NodeVariable) ?? Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var round = request.RoundId ?? "manual";
        var started = time.GetUtcNow();
        await _ledger.RecordAttemptAsync(request.Site.Id, round, _node, started, cancellationToken);
        var pages = await CrawlAsync(request, cancellationToken);
        var finished = time.GetUtcNow();
        await _ledger.RecordRoundAsync(request.Site.Id, round, _node, pages, started, finished, CancellationToken.None);
        return TestOutcomes.For(request, started, finished, pages);
    }

    private async Task<int> CrawlAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var site = request.Site;
        using var client = clients.CreateClient();
        var queue = new Queue<Uri>([site.MainUrl]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { site.MainUrl.ToString() };
        var fetched = 0;
        while (queue.Count > 0 && fetched < site.Crawl.MaxPages)
        {
            if (fetched > 0)
            {
                await Task.Delay(site.Crawl.Delay, time, cancellationToken);
            }

            var url = queue.Dequeue();
            var html = await client.GetStringAsync(url, cancellationToken);
            fetched++;
            foreach (Match m in Href().Matches(html))
            {
                var next = new Uri(url, m.Groups[1].Value);
                if (next.Host == site.MainUrl.Host && next.Port == site.MainUrl.Port && seen.Add(next.ToString()))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return fetched;
    }

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Href();
}
