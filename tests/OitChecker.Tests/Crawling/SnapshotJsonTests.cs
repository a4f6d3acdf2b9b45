using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OitChecker.Crawling;
using OitChecker.Testing;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class SnapshotJsonTests
{
    /// <summary>
    /// Every stored property, through the reflection serialiser rather than the source-generated metadata under
    /// test; computed ones are left out as the stores leave them out (one of them, a fiscal year's Previous, never ends).
    /// </summary>
    private static readonly JsonSerializerOptions Compare = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SnapshotJson.DropComputed } },
    };

    [Test]
    public void PackThenUnpack_EveryRealSitePageAndPdf_ComesBackUnchanged()
    {
        // Real municipal pages and PDFs (read in place): their text holds what generated pages do not, such as
        // private-use glyphs from Thai PDF fonts, NBSPs, typographic quotes and zero-width characters.
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "realsites"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(40), "../shared/realsites is beside the repository");

        var nonThaiAscii = 0;
        foreach (var file in files)
        {
            var pdf = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
            var url = "http://real.invalid/" + Uri.EscapeDataString(Path.GetFileName(file));
            var body = File.ReadAllBytes(file);
            var fetch = new FetchResult
            {
                Url = url,
                FinalUrl = url,
                Status = 200,
                Outcome = FetchOutcome.Ok,
                ContentType = pdf ? "application/pdf" : "text/html",
                Body = body,
                Bytes = body.Length,
                Timings = new FetchTimings(1, 1, 1),
            };
            var (snapshot, _) = SnapshotBuilder.Build(fetch, 1, null, false, [], null, DateTimeOffset.UnixEpoch);

            var back = SnapshotJson.Unpack(SnapshotJson.Pack(snapshot));

            Assert.That(JsonSerializer.Serialize(back, Compare), Is.EqualTo(JsonSerializer.Serialize(snapshot, Compare)), file);
            Assert.That(back.Dates, Has.Count.EqualTo(snapshot.Dates.Count), file);
            nonThaiAscii += snapshot.Text.Count(c => c >= 0x80 && c is < '\u0E01' or > '\u0E5B');
        }

        Assert.That(nonThaiAscii, Is.GreaterThan(0), "the real text exercised the escaped form too");
    }
}
