namespace OitChecker.Crawling;

/// <summary>Counters shared by the fetcher and the crawler (thread-safe).</summary>
public sealed class CrawlCounters
{
    private int _requests;
    private long _bytes;

    /// <summary>HTTP requests sent, retries and probes included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Body bytes received.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddBytes(long n) => Interlocked.Add(ref _bytes, n);
}
