using System.Diagnostics;
using OitChecker.Reporting;
using OitChecker.Testing;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// Renders report.html with headless Chromium (Debian package <c>chromium</c>) to a PNG, with every request
/// routed to a proxy this test owns on 127.0.0.1: the page must render without the proxy seeing a connection.
/// </summary>
[NonParallelizable]
public sealed class HtmlReportRenderTests
{
    [Test]
    [CancelAfter(180_000)]
    public async Task Chromium_RendersReportToPng_WithoutAnyNetworkRequest(CancellationToken cancellationToken)
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.Ignore("chromium is not installed (apt-get install chromium); the render test is skipped.");
        }

        // Given the report and a proxy that records every connection
        var dir = RepoPaths.NewTempDirectory("oit-render");
        var html = Path.Combine(dir, "report.html");
        await File.WriteAllTextAsync(html, HtmlReport.Render(ReportScenario.Model()), cancellationToken);
        var png = Path.Combine(dir, "report.png");
        using var proxy = new RecordingProxy();

        // When
        var (exit, output) = await OfflineChromiumAsync(chromium!, dir, html, proxy.Port, ["--window-size=1280,3400", $"--screenshot={png}"], cancellationToken);
        var requests = await proxy.StopAsync();
        await TestContext.Out.WriteLineAsync("Requests Chromium sent to the proxy: " + (requests.Count == 0 ? "none" : string.Join(", ", requests)));

        // Then
        var bytes = File.Exists(png) ? await File.ReadAllBytesAsync(png, cancellationToken) : [];
        var keep = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-render.png");
        if (bytes.Length > 0)
        {
            await File.WriteAllBytesAsync(keep, bytes, cancellationToken);
            TestContext.AddTestAttachment(keep, "report.html rendered by headless Chromium");
        }

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG was written");
            Assert.That(bytes, Has.Length.GreaterThan(50_000), "the page has content");
            Assert.That(requests.Where(r => !ChromiumServiceHosts.Contains(r.Host)).Select(r => r.Line), Is.Empty, "the page tried to reach the network");
        });
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    [CancelAfter(180_000)]
    public async Task Chromium_PrintsReportToA4_EachDivisionStartsANewPage(CancellationToken cancellationToken)
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.Ignore("chromium is not installed (apt-get install chromium); the print test is skipped.");
        }

        // Given
        var dir = RepoPaths.NewTempDirectory("oit-print");
        var html = Path.Combine(dir, "report.html");
        var model = ReportScenario.Model();
        await File.WriteAllTextAsync(html, HtmlReport.Render(model), cancellationToken);
        var pdf = Path.Combine(dir, "report.pdf");

        // When Chromium prints it with the page's own @page settings
        var (exit, output) = await OfflineChromiumAsync(chromium!, dir, html, 9, ["--no-pdf-header-footer", $"--print-to-pdf={pdf}"], cancellationToken);
        Assert.That(File.Exists(pdf), Is.True, $"exit {exit}: {output}");

        // Then: A4 pages, the overview first, and each division's English name on a later page than the previous one
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = doc.GetPages().Select(p => (p.Width, p.Height, Text: p.Text)).ToList();
        var firstPageOf = model.Divisions
            .Select(d => pages.FindIndex(p => p.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(d.NameEn!.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Has.All.EqualTo((595.0, 842.0)), "A4 portrait in points");
            Assert.That(firstPageOf, Has.All.GreaterThan(0), "no division table on the overview page");
            Assert.That(firstPageOf, Is.Ordered.Ascending.And.Unique, "each division starts its own page");
        });
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    [CancelAfter(180_000)]
    public async Task Chromium_PageWithAnExternalImage_IsCaughtByTheProxy(CancellationToken cancellationToken)
    {
        // The control for the test above: the harness does see a page's request.
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.Ignore("chromium is not installed (apt-get install chromium); the render test is skipped.");
        }

        var dir = RepoPaths.NewTempDirectory("oit-render");
        var html = Path.Combine(dir, "leaky.html");
        await File.WriteAllTextAsync(html, "<html><body><p>ทดสอบ</p><img src=\"http://fonts.example.test/logo.png\"></body></html>", cancellationToken);
        using var proxy = new RecordingProxy();
        await OfflineChromiumAsync(chromium!, dir, html, proxy.Port, ["--window-size=400,300", $"--screenshot={Path.Combine(dir, "leaky.png")}"], cancellationToken);
        var requests = await proxy.StopAsync();

        Assert.That(requests.Select(r => r.Host), Does.Contain("fonts.example.test"));
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>
    /// Hosts Chromium 156 contacts by itself, even for an empty page and with background networking off
    /// (network time, the extension updater, the account reconcilor). They are not requests of the page.
    /// Anything else — the site's hosts, web-font or CDN hosts — fails the test.
    /// </summary>
    private static readonly HashSet<string> ChromiumServiceHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "accounts.google.com", "update.googleapis.com", "clients2.google.com", "clients1.google.com",
        "clientservices.googleapis.com", "optimizationguide-pa.googleapis.com", "safebrowsing.googleapis.com",
        "content-autofill.googleapis.com", "redirector.gvt1.com",
    };

    internal static string? FindChromium() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>
    /// Headless Chromium on a fresh profile with background networking off and every request sent to a proxy on
    /// 127.0.0.1 (the recording proxy, or port 9 where nothing listens), so nothing can leave the machine.
    /// </summary>
    private static Task<(int Exit, string Output)> OfflineChromiumAsync(
        string chromium, string dir, string html, int proxyPort, IEnumerable<string> output, CancellationToken cancellationToken) =>
        RunAsync(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
            $"--proxy-server=http://127.0.0.1:{proxyPort}", "--proxy-bypass-list=<-loopback>",
            $"--user-data-dir={Path.Combine(dir, "profile")}", .. output,
            new Uri(html).AbsoluteUri,
        ], TimeSpan.FromSeconds(150), cancellationToken);

    internal static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(cancellationToken);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout}");
        }

        return (p.ExitCode, await stdout + await stderr);
    }
}
