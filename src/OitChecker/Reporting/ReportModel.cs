using OitChecker.Catalog;
using OitChecker.History;
using OitChecker.Running;
using OitChecker.Sites;

namespace OitChecker.Reporting;

/// <summary>
/// Everything the report writers need about one run, assembled once: the result (with archive findings),
/// the site and catalog, each item's history state, the score trend and the watch's uptime.
/// Writers are pure functions of this model, which makes golden-file tests exact.
/// </summary>
public sealed record ReportModel
{
    public required RunResult Result { get; init; }

    public required SiteConfig Site { get; init; }

    public required OitCatalog Catalog { get; init; }

    /// <summary>Item states by code (from the diff).</summary>
    public required IReadOnlyDictionary<string, ItemState> States { get; init; }

    /// <summary>Recorded runs for the trend, oldest first (the current one included when recorded).</summary>
    public IReadOnlyList<StoredRun> Trend { get; init; } = [];

    /// <summary>Uptime per URL from the watch probes; empty when the watch recorded nothing.</summary>
    public IReadOnlyList<UrlUptime> Uptime { get; init; } = [];

    /// <summary>The time zone dates are shown in (the site's schedule zone).</summary>
    public TimeZoneInfo Zone { get; init; } = ThaiDates.Zone(null);

    /// <summary>The run start in <see cref="Zone"/>.</summary>
    public DateTimeOffset LocalStart => ThaiDates.Local(Result.StartedAt, Zone);

    /// <summary>Divisions with items, in the site file's order, then any others by slug.</summary>
    public IReadOnlyList<DivisionReport> Divisions => _divisions ??= BuildDivisions();

    private IReadOnlyList<DivisionReport>? _divisions;

    /// <summary>All rows, ordered by code.</summary>
    public IEnumerable<ReportRow> Rows => Divisions.SelectMany(d => d.Rows).OrderBy(r => r.Code, ItemCodeComparer.Instance);

    private List<DivisionReport> BuildDivisions()
    {
        var rows = Result.Items.Select(v => new ReportRow(
            v,
            States.TryGetValue(v.Code, out var s) ? s : new ItemState { Code = v.Code, Division = v.Division, Verdict = v.Verdict, Confidence = v.Confidence, Cost = v.Cost, Url = v.Url },
            Catalog.Find(v.Code))).ToList();
        var order = Site.Divisions.Select(d => d.Slug).ToList();
        return rows
            .GroupBy(r => r.Verdict.Division, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var site = Site.FindDivision(g.Key);
                var cat = Catalog.FindDivision(g.Key);
                var ordered = g.OrderByDescending(r => r.Verdict.Cost).ThenBy(r => r.Code, ItemCodeComparer.Instance).ToList();
                return new DivisionReport(g.Key, site?.NameTh ?? cat?.NameTh ?? g.Key, site?.NameEn ?? cat?.NameEn, site?.Emails ?? [], ordered);
            })
            .ToList();
    }
}
