using OitChecker.Crawling;

namespace OitChecker.Verdicts;

/// <summary>
/// Decides whether a run's verdicts can be trusted. When the main page could not be fetched, or the main host
/// answered mostly errors or challenge pages, the run is inconclusive: no division is told it has gaps (a pa11y
/// run that "acted as though it had done a good job" on 429s is the anti-example).
/// </summary>
public static class RunValidity
{
    /// <summary>Share of main-host responses that may be errors before the run is inconclusive.</summary>
    public const double MaxErrorShare = 0.5;

    /// <summary>Share of main-host responses that may be challenges/blocks before the run is inconclusive.</summary>
    public const double MaxBlockedShare = 0.3;

    /// <summary>Responses needed before the shares are judged.</summary>
    public const int MinResponses = 8;

    /// <summary>
    /// Null when the run is valid, else the reason (English). A main page that is only a script shell makes the run
    /// inconclusive too: the assessor's browser sees content that an HTML reader cannot, so "missing" would be false.
    /// </summary>
    public static string? InconclusiveReason(CrawlSummary crawl, PageSnapshot? startPage)
    {
        ArgumentNullException.ThrowIfNull(crawl);
        return InconclusiveReason(crawl)
            ?? (startPage is { ScriptShell: true }
                ? $"the main page {crawl.StartUrl} is an empty shell filled in by JavaScript in the browser; OitChecker reads the HTML the server sends, so check this site by hand"
                : null);
    }

    /// <summary>Null when the run is valid, else the reason (English).</summary>
    public static string? InconclusiveReason(CrawlSummary crawl)
    {
        ArgumentNullException.ThrowIfNull(crawl);
        if (!crawl.StartReachable)
        {
            return $"the main page {crawl.StartUrl} could not be fetched";
        }

        var total = crawl.MainHostOk + crawl.MainHostErrors + crawl.MainHostBlocked;
        if (total < MinResponses)
        {
            return null;
        }

        if (crawl.MainHostBlocked >= total * MaxBlockedShare)
        {
            return $"the site blocked or challenged {crawl.MainHostBlocked} of {total} requests (firewall or rate limit)";
        }

        return crawl.MainHostErrors >= total * MaxErrorShare
            ? $"the site answered {crawl.MainHostErrors} of {total} requests with errors"
            : null;
    }
}
