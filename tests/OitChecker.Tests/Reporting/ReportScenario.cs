using OitChecker.Catalog;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// A fixed three-night story for golden files: gaps that stay open, one fixed, a regression confirmed on its
/// second night (new), one still unconfirmed,
/// a manual review, unverified items, formula-injection payloads in a title, a reason and a URL, a pinned
/// URL alert, a score trend and watch uptime. Everything is deterministic.
/// </summary>
internal static class ReportScenario
{
    public static readonly DateTimeOffset Night1 = new(2025, 11, 18, 21, 30, 0, TimeSpan.Zero);

    public const string InjectionTitle = "=HYPERLINK(\"https://evil.example/x\",\"คลิกเพื่อดูมาตรการ\")";

    public const string InjectionUrl = "@SUM(1+1)*cmd|' /C calc'!A0";

    public static RunResult Run(int night) => night switch
    {
        1 => Builder(1)
            .Fail("O2", FailKind.Missing, "ไม่พบหน้าข้อมูลผู้บริหาร", "no executives page found")
            .Fail("O4", FailKind.WrongPeriod, "แผนดำเนินงานเป็นของปี 2567", "the operating plan is for 2567", "https://www.muangklaeng.go.th/plan2567.pdf")
            .Fail("O7", FailKind.WrongPeriod, "ขาดรายงานบางเดือน", "months missing", "https://www.muangklaeng.go.th/procurement")
            .Build(),
        2 => Builder(2)
            .Fail("O2", FailKind.Missing, "ไม่พบหน้าข้อมูลผู้บริหาร", "no executives page found")
            .Fail("O4", FailKind.WrongPeriod, "แผนดำเนินงานเป็นของปี 2567", "the operating plan is for 2567", "https://www.muangklaeng.go.th/plan2567.pdf")
            .Fail("O7", FailKind.WrongPeriod, "ขาดรายงานบางเดือน", "months missing", "https://www.muangklaeng.go.th/procurement")
            .Fail("O9", FailKind.Broken, "ลิงก์หลักฐานตอบ 404", "evidence link answers 404", "https://www.muangklaeng.go.th/measures.pdf")
            .Build(),
        _ => Current(),
    };

    /// <summary>Night 3: the run the golden files show.</summary>
    public static RunResult Current() => Builder(3)
        .Fail("O2", FailKind.Missing, "ไม่พบหน้าข้อมูลผู้บริหาร", "no executives page found")
        .Fail("O7", FailKind.WrongPeriod, "ขาดรายงานบางเดือน", "months missing", "https://www.muangklaeng.go.th/procurement")
        .Item("O7", v => v with
        {
            Elements =
            [
                new ElementResult("reachable", ElementKind.Reachable, ElementOutcome.Pass, null, new Reason("เปิดได้บนเว็บไซต์หลัก", "reachable on the main site"), []),
                new ElementResult("period", ElementKind.Period, ElementOutcome.Fail, FailKind.WrongPeriod, new Reason("ขาดรายงานประจำเดือน", "monthly reports missing"), ["ก.พ. 2568", "มี.ค. 2568"]),
            ],
        })
        .Fail("O9", FailKind.Broken, "ลิงก์หลักฐานตอบ 404", "evidence link answers 404", "https://www.muangklaeng.go.th/measures.pdf")
        .Item("O9", v => v with { TitleTh = InjectionTitle })
        .Fail("O10", FailKind.Missing, "-1+1 ไม่พบรายงานการดำเนินการ", "+no implementation report", InjectionUrl)
        .Review("O5", "พบรายงานแต่เป็นไฟล์สแกน ต้องตรวจลายมือชื่อผู้บริหาร", "scanned report: check the executive's signature")
        .Finding(ArchiveCheck.PinnedUrlChanged, "https://www.muangklaeng.go.th/ita/o6", "O6: เนื้อหาที่ URL ที่ส่งให้ ITAS เปลี่ยนไปจากสำเนาที่เก็บไว้เมื่อ 2025-11-18 / O6: content behind the submitted URL changed")
        .Build();

    /// <summary>The states of night 3 after diffing the three nights with damping 2.</summary>
    public static IReadOnlyList<ItemState> States()
    {
        var b = RunDiffer.Diff(Run(1), new Dictionary<string, ItemState>(), 2).ToDictionary(s => s.Code);
        b = RunDiffer.Diff(Run(2), b, 2).ToDictionary(s => s.Code);
        return RunDiffer.Diff(Current(), b, 2);
    }

    public static SiteConfig Site(bool englishHeaders = false)
    {
        var s = TestSites.Mini("/tmp/oit-scenario");
        return s with
        {
            Reports = s.Reports with { EnglishHeaders = englishHeaders },
            Items = new Dictionary<string, ItemOverride>(StringComparer.OrdinalIgnoreCase) { ["O6"] = new("O6", null, "https://www.muangklaeng.go.th/ita/o6", "มาตรการที่ ๘") },
        };
    }

    public static ReportModel Model(bool englishHeaders = false)
    {
        var current = Current();
        return new ReportModel
        {
            Result = current,
            Site = Site(englishHeaders),
            Catalog = ReportCatalog.Catalog,
            States = States().ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase),
            Trend =
            [
                Stored(1, 1, Run(1)),
                Stored(2, 2, Run(2)),
                Stored(3, 3, current),
            ],
            Uptime =
            [
                new UrlUptime("https://www.muangklaeng.go.th/", 96, 95, 98.96, 412.5, Night1.AddHours(5), Night1.AddDays(2)),
                new UrlUptime("https://www.muangklaeng.go.th/ita", 96, 96, 100, 380.2, null, Night1.AddDays(2)),
            ],
            Zone = ReportingZone,
        };
    }

    public static TimeZoneInfo ReportingZone => ThaiDates.Zone("Asia/Bangkok");

    private static StoredRun Stored(long id, int night, RunResult r) => new(
        id, r.Site.Id, r.RunId, r.RunId, r.Year, r.StartedAt, r.FinishedAt, r.Status, null, r.Score.Oit, r.Score.OitIfReviewsPass, r.Score.ItaPoints,
        r.Items.Count, r.Items.Count(i => i.Verdict == Verdict.Pass), r.Items.Count(i => i.Verdict == Verdict.Fail), r.Items.Count(i => i.Verdict == Verdict.ManualReview),
        ReportFolders.FolderName(Night1.AddDays(night - 1)));

    private static RunResultBuilder Builder(int night) => new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(night - 1));
}
