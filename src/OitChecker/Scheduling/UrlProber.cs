namespace OitChecker.Scheduling;

/// <summary>
/// One GET of a URL, timed: up means a 2xx answer after redirects within the timeout; anything else is down
/// with the status (0 for network errors and timeouts) and a short reason. Only the headers are waited for —
/// the question is whether the assessor's click would get an answer, not how big the page is.
/// </summary>
public sealed class UrlProber(IHttpClientFactory clients, TimeProvider time)
{
    /// <summary>Name of the HttpClient the watch uses (registered by the host).</summary>
    public const string ClientName = "oitcheck-watch";

    public async Task<ProbeRecord> ProbeAsync(string site, string url, string userAgent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var ms = Elapsed(started);
            var ok = response.IsSuccessStatusCode;
            return new ProbeRecord(site, url, at, (int)response.StatusCode, ms, ok, ok ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeRecord(site, url, at, 0, Elapsed(started), false, $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            var reason = ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : $"{ex.HttpRequestError}: {ex.Message}";
            return new ProbeRecord(site, url, at, ex.StatusCode is { } s ? (int)s : 0, Elapsed(started), false, reason);
        }
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;
}
