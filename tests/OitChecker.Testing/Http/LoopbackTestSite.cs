using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace OitChecker.Testing.Http;

/// <summary>
/// A real HTTP(S) server (Kestrel) on 127.0.0.1 and a free port, serving routes built with
/// <see cref="LoopbackTestSiteBuilder"/>, and logging every request. Dispose to stop it.
/// </summary>
public sealed class LoopbackTestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<LoggedRequest> _log;

    internal LoopbackTestSite(WebApplication app, ConcurrentQueue<LoggedRequest> log, Uri baseUrl)
    {
        _app = app;
        _log = log;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<LoggedRequest> Requests => _log.ToList();

    /// <summary>Starts building a site.</summary>
    public static LoopbackTestSiteBuilder Create() => new();

    /// <summary>The absolute URL of a path on this site.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    /// <summary>How many requests asked for the path (query included when given).</summary>
    public int CountFor(string pathAndQuery, string? method = null) =>
        _log.Count(r => r.PathAndQuery == pathAndQuery && (method is null || r.Method == method));

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(cts.Token);
        await _app.DisposeAsync();
    }

    internal static async Task<LoopbackTestSite> StartAsync(LoopbackTestSiteBuilder b)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0, listen =>
            {
                if (b.Certificate is not null)
                {
                    listen.UseHttps(b.Certificate);
                }
            });
        });
        var app = builder.Build();
        var log = new ConcurrentQueue<LoggedRequest>();
        app.Run(async context =>
        {
            var req = context.Request;
            var pathAndQuery = req.Path.ToUriComponent() + req.QueryString.ToUriComponent();
            log.Enqueue(new LoggedRequest(req.Method, Uri.UnescapeDataString(pathAndQuery),
                req.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTimeOffset.UtcNow));
            var handler = b.Find(Uri.UnescapeDataString(req.Path.Value ?? "/"), Uri.UnescapeDataString(pathAndQuery));
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)).Port;
        var scheme = b.Certificate is null ? "http" : "https";
        return new LoopbackTestSite(app, log, new Uri($"{scheme}://127.0.0.1:{port}/"));
    }
}
