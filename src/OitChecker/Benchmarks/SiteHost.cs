using OitChecker.Serving;

namespace OitChecker.Benchmarks;

/// <summary>A served benchmark site: in this process (<see cref="StaticSiteServer"/>) or in a child process.</summary>
internal sealed class SiteHost : IAsyncDisposable
{
    private readonly IAsyncDisposable _inner;

    private SiteHost(IAsyncDisposable inner, Uri baseUrl)
    {
        _inner = inner;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Processor time of a child server so far; null when the site is served in this process.</summary>
    public TimeSpan? ServerCpu => _inner is ChildSiteServer child ? child.CpuTime : null;

    public static async Task<SiteHost> StartAsync(BenchHelperProcess? serve, string root, CancellationToken ct)
    {
        if (serve is null)
        {
            var s = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = root }, ct);
            return new SiteHost(s, s.BaseUrl);
        }

        var child = await ChildSiteServer.StartAsync(serve, root, ct);
        return new SiteHost(child, child.BaseUrl);
    }

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
