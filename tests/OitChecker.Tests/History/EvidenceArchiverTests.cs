using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.History;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Tests.History;

public sealed class EvidenceArchiverTests
{
    private const string Pinned = "https://www.muangklaeng.go.th/ita/o6-submitted";
    private static readonly DateTimeOffset Night1 = new(2025, 11, 20, 21, 30, 0, TimeSpan.Zero);
    private string _dir = string.Empty;
    private HistoryStore _store = null!;
    private FakeTimeProvider _time = null!;
    private SiteConfig _site = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = RepoPaths.NewTempDirectory("oit-archive");
        _time = new FakeTimeProvider(Night1);
        _store = HistoryStore.ForSqliteFile(Path.Combine(_dir, "h.db"), _time);
        var site = TestSites.Mini(_dir);
        _site = site with { Items = new Dictionary<string, ItemOverride>(StringComparer.OrdinalIgnoreCase) { ["O6"] = new("O6", null, Pinned, null) } };
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task CheckAsync_PassingItems_ArchivesCappedCopiesWithHash()
    {
        var run = Run(1, Pinned);
        var big = new byte[100];
        Array.Fill(big, (byte)'x');
        var source = new EvidenceList([new EvidenceContent(Pinned, 200, "application/pdf", big)]);

        var check = await Archiver().CheckAsync(run, _site, source, maxBytes: 40, CancellationToken.None);

        var copy = check.ToArchive.Single();
        Assert.Multiple(() =>
        {
            Assert.That(copy.Url, Is.EqualTo(Pinned));
            Assert.That(copy.Code, Is.EqualTo("O6"));
            Assert.That(copy.Content, Has.Length.EqualTo(40));
            Assert.That(copy.Size, Is.EqualTo(100));
            Assert.That(copy.Truncated, Is.True);
            Assert.That(copy.Sha256, Is.EqualTo(ContentHasher.Hash(big, "application/pdf")), "the hash covers the whole content, not the capped copy");
            Assert.That(check.Findings, Is.Empty);
        });
    }

    [Test]
    public async Task CheckAsync_PinnedContentChanged_ReportsPinnedUrlChanged()
    {
        await ArchiveAsync(Run(1, Pinned), Html("งบประมาณ 2568"));

        var check = await Archiver().CheckAsync(Run(2, Pinned), _site, new EvidenceList([new EvidenceContent(Pinned, 200, "text/html", Html("งบประมาณ 2569"))]), 1 << 20, CancellationToken.None);

        var f = check.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(f.Kind, Is.EqualTo(ArchiveCheck.PinnedUrlChanged));
            Assert.That(f.Url, Is.EqualTo(Pinned));
            Assert.That(f.Detail, Does.Contain("O6").And.Contain("เปลี่ยนไป"));
            Assert.That(check.ToArchive.Single().Url, Is.EqualTo(Pinned), "the new passing copy replaces the old one, so the alert is raised once");
        });
    }

    [Test]
    public async Task CheckAsync_PinnedUrlNowAnswers404_ReportsPinnedUrlGone()
    {
        await ArchiveAsync(Run(1, Pinned), Html("งบประมาณ 2568"));
        var failing = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(1)).Fail("O6", FailKind.Broken, "ลิงก์เสีย 404", "broken link 404", Pinned).Build();

        var check = await Archiver().CheckAsync(failing, _site, new EvidenceList([new EvidenceContent(Pinned, 404, "text/html", Html("Not Found"))]), 1 << 20, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(check.Findings.Single().Kind, Is.EqualTo(ArchiveCheck.PinnedUrlGone));
            Assert.That(check.Findings.Single().Detail, Does.Contain("404"));
            Assert.That(check.ToArchive, Is.Empty);
        });
    }

    [Test]
    public async Task CheckAsync_SameContentAgain_NoFindingAndNoNewCopy()
    {
        await ArchiveAsync(Run(1, Pinned), Html("งบประมาณ 2568"));
        var check = await Archiver().CheckAsync(Run(2, Pinned), _site, new EvidenceList([new EvidenceContent(Pinned, 200, "text/html", Html("งบประมาณ 2568"))]), 1 << 20, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(check.Findings, Is.Empty);
            Assert.That(check.ToArchive, Is.Empty);
        });
    }

    [Test]
    public async Task CheckAsync_InconclusiveRun_NeitherArchivesNorAlerts()
    {
        await ArchiveAsync(Run(1, Pinned), Html("งบประมาณ 2568"));
        var down = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(1)).Inconclusive("site down").Build();
        var check = await Archiver().CheckAsync(down, _site, new EvidenceList([new EvidenceContent(Pinned, 0, null, Array.Empty<byte>())]), 1 << 20, CancellationToken.None);
        Assert.That(check, Is.SameAs(ArchiveCheck.None));
    }

    private EvidenceArchiver Archiver() => new(_store, _time, NullLogger<EvidenceArchiver>.Instance);

    private async Task ArchiveAsync(RunResult run, byte[] html)
    {
        var check = await Archiver().CheckAsync(run, _site, new EvidenceList([new EvidenceContent(Pinned, 200, "text/html", html)]), 1 << 20, CancellationToken.None);
        Assert.That(await _store.RecordRunAsync(new RunRecord(run, run.RunId, [], null, check.ToArchive)), Is.True);
    }

    private static RunResult Run(int night, string o6Url) =>
        new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(night - 1)).Item("O6", v => v with { Url = o6Url }).Build();

    private static byte[] Html(string text) => Encoding.UTF8.GetBytes($"<html><body><h1>{text}</h1></body></html>");
}
