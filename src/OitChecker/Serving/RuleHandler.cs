using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace OitChecker.Serving;

/// <summary>Applies <see cref="ServerRule"/>s to a request before (or while) the static files are served.</summary>
internal static class RuleHandler
{
    public static async Task HandleAsync(HttpContext context, RequestDelegate next, ServerRules rules,
        IReadOnlyDictionary<string, (byte[] Body, string ContentType)> virtualFiles, string root, FileExtensionContentTypeProvider types)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.Equals("/" + ServerRules.FileName, StringComparison.OrdinalIgnoreCase))
        {
            await NotFoundAsync(context);
            return;
        }

        if (virtualFiles.TryGetValue(path, out var vf))
        {
            await WriteAsync(context, 200, vf.ContentType, vf.Body);
            return;
        }

        var rule = rules.Match(path);
        if (rule is null)
        {
            await next(context);
            return;
        }

        if (rule.Delay is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (rule.RetryAfter is { } ra)
        {
            context.Response.Headers.RetryAfter = ra.ToString(CultureInfo.InvariantCulture);
        }

        if (rule.Redirect is not null)
        {
            context.Response.StatusCode = rule.Status ?? 302;
            context.Response.Headers.Location = rule.Redirect;
            return;
        }

        if (rule.File is not null)
        {
            var full = Path.GetFullPath(Path.Combine(root, rule.File.TrimStart('/')));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
            {
                await NotFoundAsync(context);
                return;
            }

            var type = rule.ContentType ?? (types.TryGetContentType(full, out var t) ? t : "application/octet-stream");
            await WriteAsync(context, rule.Status ?? 200, WithCharset(type, rule.Charset), await File.ReadAllBytesAsync(full, context.RequestAborted));
            return;
        }

        if (rule.Status is { } status && status != 200)
        {
            var body = Encoding.UTF8.GetBytes($"<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>");
            await WriteAsync(context, status, WithCharset(rule.ContentType ?? "text/html", rule.Charset ?? "utf-8"), body);
            return;
        }

        await next(context);
    }

    /// <summary>Content type and charset overrides for files served by the static-file middleware.</summary>
    public static void ApplyHeaders(HttpContext context, ServerRules rules)
    {
        var rule = rules.Match(Uri.UnescapeDataString(context.Request.Path.Value ?? "/"));
        if (rule is null || (rule.ContentType is null && rule.Charset is null))
        {
            return;
        }

        context.Response.ContentType = WithCharset(rule.ContentType ?? context.Response.ContentType ?? "text/html", rule.Charset);
    }

    public static Task NotFoundAsync(HttpContext context) =>
        WriteAsync(context, 404, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"));

    private static string WithCharset(string type, string? charset)
    {
        if (charset is null)
        {
            return type;
        }

        var semi = type.IndexOf(';', StringComparison.Ordinal);
        return (semi >= 0 ? type[..semi] : type) + "; charset=" + charset;
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        if (status is 204 or 304 or < 200)
        {
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
