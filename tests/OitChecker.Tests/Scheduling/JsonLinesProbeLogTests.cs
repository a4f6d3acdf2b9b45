using OitChecker.Scheduling;
using OitChecker.Testing;

namespace OitChecker.Tests.Scheduling;

public class JsonLinesProbeLogTests
{
    [Test]
    public async Task RecentAsync_AfterRestart_ReadsBackWhatWasRecordedNewestFirst()
    {
        // Given three probes of one URL and one of another, written by one instance
        var dir = RepoPaths.NewTempDirectory("probes");
        try
        {
            var t0 = new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);
            using (var log = new JsonLinesProbeLog(dir))
            {
                await log.RecordAsync(new ProbeRecord("s", "https://a/", t0, 200, 12, true), default);
                await log.RecordAsync(new ProbeRecord("s", "https://a/", t0.AddMinutes(15), 0, 30000, false, "no answer within 30 s"), default);
                await log.RecordAsync(new ProbeRecord("s", "https://b/", t0.AddMinutes(15), 200, 8, true), default);
                await log.RecordAsync(new ProbeRecord("s", "https://a/", t0.AddMinutes(30), 503, 40, false, "HTTP 503"), default);
            }

            // When a new instance (a restarted serve) reads them
            using var reopened = new JsonLinesProbeLog(dir);
            var recent = await reopened.RecentAsync("s", "https://a/", 2, default);

            // Then
            Assert.That(recent.Select(p => p.Status), Is.EqualTo(new[] { 503, 0 }));
            Assert.That(recent[1].Error, Is.EqualTo("no answer within 30 s"));
            Assert.That(File.ReadAllLines(Path.Combine(dir, "s.probes.jsonl")), Has.Length.EqualTo(4));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
