using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace OitChecker.Serving;

/// <summary>
/// An in-process Kestrel server bound to 127.0.0.1 that serves a folder with correct content types,
/// ETag/Last-Modified and 304s (so revisits can be measured), plus the per-path rules of an optional
/// <c>_server.yaml</c>: statuses, another file's bytes, content type and charset headers, redirects,
/// delays and Retry-After. Used by the built-in sample site, the crawl benchmark and tests.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _requests;
    private long _firstRequest;
    private long _lastRequest;

    private StaticSiteServer(WebApplication app) => _app = app;

    /// <summary>The root URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The port listened on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>Requests answered so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Time between the first and the last request's arrival (for request-rate measurements).</summary>
    public TimeSpan RequestSpan => Stopwatch.GetElapsedTime(Interlocked.Read(ref _firstRequest), Interlocked.Read(ref _lastRequest));

    /// <summary>Starts serving. Throws <see cref="Configuration.ConfigException"/> for an invalid _server.yaml.</summary>
    public static async Task<StaticSiteServer> StartAsync(StaticSiteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.Root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException("the folder to serve does not exist: " + root);
        }

        var fileRules = options.UseRulesFile ? ServerRules.Load(root) : ServerRules.None;
        var rules = new ServerRules([.. options.Rules, .. fileRules.Rules], options.Latency + fileRules.Latency);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var server = new StaticSiteServer(app);
        var files = new PhysicalFileProvider(root);
        var types = ContentTypes();
        app.Use(async (context, next) =>
        {
            var now = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref server._firstRequest, now, 0);
            Interlocked.Exchange(ref server._lastRequest, now);
            Interlocked.Increment(ref server._requests);
            if (rules.Latency > TimeSpan.Zero)
            {
                await Task.Delay(rules.Latency, context.RequestAborted);
            }

            await RuleHandler.HandleAsync(context, next, rules, options.VirtualFiles, root, types);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            OnPrepareResponse = ctx => RuleHandler.ApplyHeaders(ctx.Context, rules),
        });
        app.Run(context => RuleHandler.NotFoundAsync(context));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(cts.Token);
        await _app.DisposeAsync();
    }

    /// <summary>File-name extension to content type, with the document types municipal sites serve.</summary>
    internal static FileExtensionContentTypeProvider ContentTypes()
    {
        var p = new FileExtensionContentTypeProvider();
        p.Mappings[".csv"] = "text/csv";
        p.Mappings[".xml"] = "application/xml";
        p.Mappings[".txt"] = "text/plain";
        p.Mappings[".php"] = "text/html";
        p.Mappings[".asp"] = "text/html";
        p.Mappings[".aspx"] = "text/html";
        return p;
    }
}
