using System.Globalization;
using OitChecker.Catalog;
using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.Testing.Builders;

/// <summary>
/// Builds <see cref="RunResult"/>s from a catalog: every item passes unless told otherwise, titles, divisions
/// and sub-indicators come from the catalog, and the score and item costs are computed with the real
/// <see cref="ScoreCalculator"/>. Deterministic: the same calls give the same result.
/// </summary>
public sealed class RunResultBuilder
{
    private readonly OitCatalog _catalog;
    private readonly Dictionary<string, ItemVerdict> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RunFinding> _findings = [];
    private string _siteId = "muangklaeng";
    private string _siteName = "เทศบาลตำบลเมืองแกลง";
    private string _mainUrl = "https://www.muangklaeng.go.th/";
    private DateTimeOffset _startedAt = new(2025, 11, 25, 21, 30, 0, TimeSpan.Zero);
    private RunStatus _status = RunStatus.Complete;
    private string? _inconclusiveReason;

    public RunResultBuilder(OitCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>Site id, Thai name and main URL.</summary>
    public RunResultBuilder Site(string id, string name, string mainUrl)
    {
        (_siteId, _siteName, _mainUrl) = (id, name, mainUrl);
        return this;
    }

    /// <summary>When the run started (it finishes 12 minutes later).</summary>
    public RunResultBuilder StartedAt(DateTimeOffset at)
    {
        _startedAt = at;
        return this;
    }

    /// <summary>Marks the run inconclusive.</summary>
    public RunResultBuilder Inconclusive(string reason)
    {
        (_status, _inconclusiveReason) = (RunStatus.Inconclusive, reason);
        return this;
    }

    /// <summary>Adds a site-level finding.</summary>
    public RunResultBuilder Finding(string kind, string url, string detail)
    {
        _findings.Add(new RunFinding(kind, url, detail));
        return this;
    }

    /// <summary>A failing item with one reason; <paramref name="url"/> null means no evidence found.</summary>
    public RunResultBuilder Fail(string code, FailKind kind, string reasonTh, string reasonEn, string? url = null) =>
        Item(code, v => v with
        {
            Verdict = Verdict.Fail,
            FailKinds = [kind],
            Url = url,
            Reasons = [new Reason(reasonTh, reasonEn)],
            Evidence = url is null ? [] : [new EvidenceCandidate(url, "link-text", 0.8, new Reason("พบลิงก์ที่ตรงกับชื่อรายการ", "link text matches the item"), _mainUrl)],
        });

    /// <summary>An item sent to manual review.</summary>
    public RunResultBuilder Review(string code, string reasonTh, string reasonEn) =>
        Item(code, v => v with { Verdict = Verdict.ManualReview, Reasons = [new Reason(reasonTh, reasonEn)] });

    /// <summary>Changes an item with a function of its default (passing) verdict.</summary>
    public RunResultBuilder Item(string code, Func<ItemVerdict, ItemVerdict> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = _overrides.TryGetValue(code, out var o) ? o : Default(Find(code));
        _overrides[code] = change(current);
        return this;
    }

    public RunResult Build()
    {
        var verdicts = _catalog.Items.Select(i => _overrides.TryGetValue(i.Code, out var v) ? v : Default(i)).ToList();
        if (_status == RunStatus.Inconclusive)
        {
            verdicts = verdicts.Select(v => v with { Verdict = Verdict.Inconclusive, FailKinds = [], Reasons = [new Reason("เว็บไซต์ไม่ตอบสนอง", "site unreachable")] }).ToList();
        }

        var costed = ScoreCalculator.WithCosts(_catalog, verdicts);
        return new RunResult
        {
            RunId = _startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + _siteId,
            Site = new RunSite(_siteId, _siteName, _mainUrl),
            Year = _catalog.Year,
            StartedAt = _startedAt,
            FinishedAt = _startedAt.AddMinutes(12),
            Status = _status,
            InconclusiveReason = _inconclusiveReason,
            Score = ScoreCalculator.Project(_catalog, costed),
            Items = costed,
            Pages = new RunPages(420, 37, 512, 48_123_456, 0, _status == RunStatus.Complete ? "complete" : "start-failed", 720),
            Findings = _findings.ToList(),
        };
    }

    private CatalogItem Find(string code) =>
        _catalog.Find(code) ?? throw new ArgumentException($"{code} is not in the catalog", nameof(code));

    private ItemVerdict Default(CatalogItem i)
    {
        var url = $"{_mainUrl.TrimEnd('/')}/ita/{i.Code.ToLowerInvariant()}";
        return new ItemVerdict
        {
            Code = i.Code,
            TitleTh = i.TitleTh,
            TitleEn = i.TitleEn,
            SubIndicator = i.SubIndicator,
            Division = i.Division,
            Confidence = i.Confidence,
            Verdict = Verdict.Pass,
            Url = url,
            Evidence = [new EvidenceCandidate(url, "index", 0.95, new Reason("พบในหน้ารวม ITA", "listed on the ITA index page"), _mainUrl + "ita")],
            Reasons = [new Reason("พบครบทุกองค์ประกอบ", "all elements found")],
            FixHintTh = i.FixHintTh,
            FixHintEn = i.FixHintEn,
        };
    }
}
