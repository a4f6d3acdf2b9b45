namespace OitChecker.Crawling;

/// <summary>Run-validity accounting and the summary of a crawl.</summary>
internal sealed partial class CrawlRun
{
    private void Account(FrontierItem item, PageSnapshot s)
    {
        if (item.Depth == 0 && item.Must && item.FoundOn is null && !_startReachable)
        {
            _startReachable = s.IsUsable || (s.Outcome is FetchOutcome.Ok or FetchOutcome.NotModified && s.Kind is ResourceKind.Html or ResourceKind.Document);
            if (!_startReachable)
            {
                AddFinding("start-failed", s.Url, s.Error ?? $"the start page answered {s.Status}");
            }
        }

        if (s.Outcome == FetchOutcome.RobotsDisallowed)
        {
            var host = item.Host;
            _robotsBlocked[host] = _robotsBlocked.GetValueOrDefault(host) + 1;
            AddFinding("robots-disallowed", s.Url, "robots.txt disallows some URLs of this host; they were not fetched (first: " + s.Url + ")", host);
            return;
        }

        if (s.Outcome == FetchOutcome.Refused)
        {
            AddFinding("refused-private-address", s.Url, s.Error ?? "refused");
        }

        foreach (var tls in s.Tls)
        {
            var host = UrlNormalizer.HostOf(s.FinalUrl) ?? item.Host;
            AddFinding("tls:" + tls.Kind, "https://" + host + "/", tls.Detail, host + "|" + tls.Kind);
        }

        var finalHost = UrlNormalizer.HostOf(s.FinalUrl);
        var onMain = string.Equals(item.Host, _mainHost, StringComparison.OrdinalIgnoreCase)
            || string.Equals(finalHost, _mainHost, StringComparison.OrdinalIgnoreCase);
        if (!onMain || item.External)
        {
            return;
        }

        switch (s.Outcome)
        {
            case FetchOutcome.Ok or FetchOutcome.NotModified:
                _mainOk++;
                break;
            case FetchOutcome.Blocked:
                _mainBlocked++;
                break;
            case FetchOutcome.NetworkError or FetchOutcome.Timeout:
                _mainErrors++;
                break;
            case FetchOutcome.HttpError when s.Status >= 500:
                _mainErrors++;
                break;
        }
    }

    private CrawlSummary Summary(CrawlStop stop, TimeSpan duration)
    {
        foreach (var host in _tls.HostsWithFindings)
        {
            foreach (var f in _tls.FindingsFor(host))
            {
                AddFinding("tls:" + f.Kind, "https://" + host + "/", f.Detail, host + "|" + f.Kind);
            }
        }

        return new CrawlSummary
        {
            StartUrl = _request.StartUrl.AbsoluteUri,
            Stop = stop,
            Fetched = _stored,
            Documents = _documents,
            Requests = _counters.Requests,
            Bytes = _counters.Bytes,
            NotModified = _notModified,
            Duration = duration,
            MainHostOk = _mainOk,
            MainHostErrors = _mainErrors,
            MainHostBlocked = _mainBlocked,
            StartReachable = _startReachable,
            BrokenLinks = _graph.BrokenLinks(),
            Findings = _findings.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Url, StringComparer.Ordinal).ToList(),
        };
    }
}
