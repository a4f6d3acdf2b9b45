using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OitChecker.Testing.Http;

/// <summary>
/// Builds a loopback test site route by route: static bytes and pages, statuses, redirects, delays,
/// a slow drip, connection resets, truncated and oversized bodies, sequences (503 then 200) and
/// arbitrary handlers. Paths are matched exactly (path and query first, then path only).
/// </summary>
public sealed class LoopbackTestSiteBuilder
{
    private readonly Dictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private RequestDelegate _fallback = c => Write(c, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"));

    internal X509Certificate2? Certificate { get; private set; }

    /// <summary>Serve HTTPS with this certificate.</summary>
    public LoopbackTestSiteBuilder WithHttps(X509Certificate2 certificate)
    {
        Certificate = certificate;
        return this;
    }

    /// <summary>Any handler.</summary>
    public LoopbackTestSiteBuilder Handle(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    /// <summary>The answer to paths without a route (default: a 404 page).</summary>
    public LoopbackTestSiteBuilder Fallback(RequestDelegate handler)
    {
        _fallback = handler;
        return this;
    }

    /// <summary>An HTML page in UTF-8 (or the given encoding), with the charset in the header unless <paramref name="charsetHeader"/> is "".</summary>
    public LoopbackTestSiteBuilder Html(string path, string html, Encoding? encoding = null, string? charsetHeader = null)
    {
        var enc = encoding ?? Encoding.UTF8;
        var header = charsetHeader ?? enc.WebName;
        return Bytes(path, enc.GetBytes(html), header.Length == 0 ? "text/html" : "text/html; charset=" + header);
    }

    /// <summary>Fixed bytes with a content type and optional extra headers; answers If-None-Match on the given ETag with 304.</summary>
    public LoopbackTestSiteBuilder Bytes(string path, byte[] body, string contentType, IReadOnlyDictionary<string, string>? headers = null, int status = 200)
    {
        return Handle(path, async c =>
        {
            foreach (var (k, v) in headers ?? new Dictionary<string, string>())
            {
                c.Response.Headers[k] = v;
            }

            if (headers is not null && headers.TryGetValue("ETag", out var etag) && c.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                c.Response.StatusCode = 304;
                return;
            }

            await Write(c, status, contentType, c.Request.Method == "HEAD" ? [] : body, body.Length);
        });
    }

    /// <summary>A status with a small HTML body and optional headers (e.g. Retry-After).</summary>
    public LoopbackTestSiteBuilder Status(string path, int status, IReadOnlyDictionary<string, string>? headers = null, string? body = null) =>
        Bytes(path, Encoding.UTF8.GetBytes(body ?? $"<html><head><title>{status}</title></head><body><h1>Status {status}</h1></body></html>"), "text/html; charset=utf-8", headers, status);

    /// <summary>A redirect.</summary>
    public LoopbackTestSiteBuilder Redirect(string path, string location, int status = 302) =>
        Handle(path, c =>
        {
            c.Response.StatusCode = status;
            c.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    /// <summary>Waits before answering with the inner handler.</summary>
    public LoopbackTestSiteBuilder Delayed(string path, TimeSpan delay, RequestDelegate then) =>
        Handle(path, async c =>
        {
            await Task.Delay(delay, c.RequestAborted);
            await then(c);
        });

    /// <summary>Sends <paramref name="chunks"/> chunks of <paramref name="chunkSize"/> bytes, one every <paramref name="interval"/>.</summary>
    public LoopbackTestSiteBuilder SlowDrip(string path, int chunks, int chunkSize, TimeSpan interval, string contentType = "text/html; charset=utf-8") =>
        Handle(path, async c =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = contentType;
            c.Response.ContentLength = (long)chunks * chunkSize;
            var chunk = Encoding.ASCII.GetBytes(new string(' ', chunkSize));
            for (var i = 0; i < chunks; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(interval, c.RequestAborted);
            }
        });

    /// <summary>Drops the connection without an answer.</summary>
    public LoopbackTestSiteBuilder Reset(string path) =>
        Handle(path, c =>
        {
            c.Abort();
            return Task.CompletedTask;
        });

    /// <summary>Declares <paramref name="declared"/> bytes but sends only the first <paramref name="sent"/>, then drops the connection.</summary>
    public LoopbackTestSiteBuilder Truncated(string path, int declared, int sent, string contentType = "text/html; charset=utf-8") =>
        Handle(path, async c =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = contentType;
            c.Response.ContentLength = declared;
            await c.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('x', sent)), c.RequestAborted);
            await c.Response.Body.FlushAsync(c.RequestAborted);
            c.Abort();
        });

    /// <summary>A large body of <paramref name="size"/> bytes, streamed in 64 KB writes.</summary>
    public LoopbackTestSiteBuilder Oversized(string path, long size, string contentType = "application/pdf") =>
        Handle(path, async c =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = contentType;
            c.Response.ContentLength = size;
            var block = new byte[64 * 1024];
            "%PDF-1.4\n"u8.CopyTo(block);
            for (long sent = 0; sent < size && !c.RequestAborted.IsCancellationRequested; sent += block.Length)
            {
                await c.Response.Body.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, size - sent)), c.RequestAborted);
            }
        });

    /// <summary>Answers successive requests with successive handlers (the last one repeats).</summary>
    public LoopbackTestSiteBuilder Sequence(string path, params RequestDelegate[] handlers)
    {
        var n = -1;
        return Handle(path, c => handlers[Math.Min(Interlocked.Increment(ref n), handlers.Length - 1)](c));
    }

    /// <summary>A handler that answers with a status, headers and a small body (for <see cref="Sequence"/>).</summary>
    public static RequestDelegate Answer(int status, string body = "", string contentType = "text/html; charset=utf-8", IReadOnlyDictionary<string, string>? headers = null) =>
        async c =>
        {
            foreach (var (k, v) in headers ?? new Dictionary<string, string>())
            {
                c.Response.Headers[k] = v;
            }

            await Write(c, status, contentType, Encoding.UTF8.GetBytes(body));
        };

    /// <summary>Starts the server.</summary>
    public Task<LoopbackTestSite> StartAsync() => LoopbackTestSite.StartAsync(this);

    internal RequestDelegate Find(string path, string pathAndQuery) =>
        _routes.TryGetValue(pathAndQuery, out var h) ? h : _routes.TryGetValue(path, out var p) ? p : _fallback;

    private static async Task Write(HttpContext c, int status, string contentType, byte[] body, long? length = null)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = contentType;
        c.Response.ContentLength = length ?? body.Length;
        if (body.Length > 0)
        {
            await c.Response.Body.WriteAsync(body, c.RequestAborted);
        }
    }
}
