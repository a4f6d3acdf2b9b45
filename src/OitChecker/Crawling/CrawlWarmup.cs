using System.Globalization;
using System.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Readies the page pipeline (HTML parse and extraction, PDF reading, snapshot packing) on a small built-in
/// page and PDF while a crawl's first requests (robots.txt, sitemaps, the start page) are on the network.
/// Tiered compilation is off, so the first real page would otherwise compile all of it alone: the other
/// pages wait behind that one thread while the second core idles. Nothing it builds is kept.
/// </summary>
internal static class CrawlWarmup
{
    internal const string Page = """
        <!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>หน้าทดสอบ ITA</title>
        <meta name="robots" content="index"><base href="/"></head><body>
        <nav><ul><li><a href="/index.html">หน้าแรก</a></li><li><a href="/ita.html" title="ITA">ITA</a></li></ul></nav>
        <main><h1>การเปิดเผยข้อมูลสาธารณะ</h1><h2>ปีงบประมาณ พ.ศ. 2568</h2>
        <div class="card"><div class="card-header">O1</div><p>โครงสร้าง <a href="/o1.pdf">ดาวน์โหลด</a></p></div>
        <table><thead><tr><th>ข้อ</th><th>รายการ</th></tr></thead><tbody>
        <tr><td>O2</td><td><a href="/o2.html"><img src="/a.png" alt="ผู้บริหาร"></a></td></tr></tbody></table>
        <details><summary>O3</summary><a href="https://example.org/x?a=1#f">ภายนอก</a></details>
        <form action="/ask" method="post"><input name="q"><button>ส่ง</button></form>
        <iframe src="/map.html"></iframe><p>ติดต่อ <a href="mailto:info@example.org">อีเมล</a></p></main>
        <footer>เทศบาลตัวอย่าง</footer></body></html>
        """;

    private static Task<bool>? _started;

    /// <summary>
    /// Starts <see cref="Run"/> in the background the first time a process asks; later crawls (a node checking many
    /// sites) get the same, finished task.
    /// </summary>
    public static Task<bool> StartOnce()
    {
        if (Volatile.Read(ref _started) is { } started)
        {
            return started;
        }

        var task = new Task<bool>(Run);
        if (Interlocked.CompareExchange(ref _started, task, null) is { } other)
        {
            return other;
        }

        task.Start(TaskScheduler.Default);
        return task;
    }

    /// <summary>Runs the pipeline once on the built-in page and PDF: true when all of it ran (a failure only costs the head start).</summary>
    public static bool Run()
    {
        try
        {
            var html = Encoding.UTF8.GetBytes(Page);
            var (snapshot, _) = SnapshotBuilder.Build(Result("http://warmup.invalid/ita.html", "text/html; charset=utf-8", html), 0, null, false, [], null, DateTimeOffset.UnixEpoch);
            SnapshotJson.Unpack(SnapshotJson.Pack(snapshot));
            var (pdf, _) = SnapshotBuilder.Build(Result("http://warmup.invalid/o1.pdf", "application/pdf", Pdf()), 1, null, false, [], null, DateTimeOffset.UnixEpoch);
            return snapshot.Links.Count > 0 && pdf.Document is { HasText: true };
        }
#pragma warning disable CA1031 // a failed warm-up must never fail a crawl: the real pages report their own errors
        catch (Exception)
#pragma warning restore CA1031
        {
            // the first real page pays the compilation instead
            return false;
        }
    }

    private static FetchResult Result(string url, string type, byte[] body) => new()
    {
        Url = url,
        FinalUrl = url,
        Status = 200,
        Outcome = FetchOutcome.Ok,
        ContentType = type,
        Body = body,
        Bytes = body.Length,
        Timings = new FetchTimings(0, 0, 1),
    };

    /// <summary>
    /// A one-page PDF with a line of text in a standard font and a correct cross-reference table, written by
    /// hand: <c>Benchmarks.SamplePdf</c> would bring PdfPig's writer (its code and font tables) into every
    /// crawling process just to warm up the reader.
    /// </summary>
    internal static byte[] Pdf()
    {
        const string content = "BT /F1 12 Tf 10 50 Td (OIT open data ITA 2568 public information) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
