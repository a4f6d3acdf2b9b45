using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OitChecker.Testing.Http;

/// <summary>
/// A small generated municipality site served by Kestrel on 127.0.0.1 (a free port, never all interfaces):
/// a Thai home page linking to <see cref="Pages"/> pages and a procurement page. Tests switch it down
/// (<see cref="Status"/> = 503) and back, and count requests.
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackSite(WebApplication app, int pages)
    {
        _app = app;
        Pages = pages;
    }

    /// <summary>http://127.0.0.1:port/ (with the trailing slash).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Number of generated content pages linked from the home page.</summary>
    public int Pages { get; }

    /// <summary>The status every request gets; 200 serves the site, anything else an error page.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>Requests served so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackSite> StartAsync(int pages = 5, string name = "เทศบาลทดสอบ")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new LoopbackSite(app, pages);
        app.Run(context => site.ServeAsync(context, name));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    private async Task ServeAsync(HttpContext context, string name)
    {
        Interlocked.Increment(ref _requests);
        context.Response.ContentType = "text/html; charset=utf-8";
        if (Status != HttpStatusCode.OK)
        {
            context.Response.StatusCode = (int)Status;
            await context.Response.WriteAsync("<html><body>ระบบปิดปรับปรุง</body></html>", Encoding.UTF8);
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        string body;
        if (path == "/")
        {
            var links = string.Concat(Enumerable.Range(1, Pages).Select(i => $"<li><a href=\"/page{i}\">ข่าวประชาสัมพันธ์ {i}</a></li>"));
            body = $"<h1>{name}</h1><ul>{links}<li><a href=\"/procurement\">สรุปผลการจัดซื้อจัดจ้าง</a></li></ul>";
        }
        else if (path == "/procurement" || (path.StartsWith("/page", StringComparison.Ordinal) && int.TryParse(path[5..], out var n) && n >= 1 && n <= Pages))
        {
            body = $"<h1>{path}</h1><p>เนื้อหา {path}</p><a href=\"/\">หน้าแรก</a>";
        }
        else
        {
            context.Response.StatusCode = 404;
            body = "<p>ไม่พบหน้า</p>";
        }

        await context.Response.WriteAsync($"<!doctype html><html lang=\"th\"><head><title>{name}</title></head><body>{body}</body></html>", Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
