using System.Globalization;

namespace OitChecker.Reporting;

/// <summary>
/// <c>summary.csv</c>: one table with a row for the whole run (its name carries the projected OIT score), a row per division (items, pass, fail, manual
/// review, OIT points at stake) and a row per sub-indicator (the same counts and its pass rate, which is what
/// the NACC averages), told apart by the first column.
/// </summary>
public static class SummaryCsv
{
    private static readonly string[] ThaiHeader =
        ["ระดับ", "รหัส", "ชื่อ", "จำนวนรายการ", "ผ่าน", "ไม่ผ่าน", "ต้องตรวจโดยเจ้าหน้าที่", "ร้อยละที่ผ่าน", "คะแนน OIT ที่รอแก้"];

    private static readonly string[] EnglishHeader =
        ["scope", "code", "name", "items", "pass", "fail", "manual review", "pass rate %", "OIT points at stake"];

    public static IReadOnlyList<string> Header(bool english) => english ? EnglishHeader : ThaiHeader;

    public static IEnumerable<IReadOnlyList<string>> Rows(ReportModel model, bool english)
    {
        ArgumentNullException.ThrowIfNull(model);
        var all = model.Rows.ToList();
        var projected = ThaiDates.Points(model.Result.Score.Oit);
        var runName = english ? $"{model.Site.NameEn ?? model.Site.NameTh} (projected OIT {projected})" : $"{model.Site.NameTh} (คะแนน OIT ที่คาดการณ์ {projected})";
        yield return Row(english ? "run" : "ทั้งหมด", "OIT", runName, all, Rate(all));

        foreach (var d in model.Divisions)
        {
            yield return Row(english ? "division" : "หน่วยงาน", d.Slug, english ? d.NameEn ?? d.NameTh : d.NameTh, d.Rows, Rate(d.Rows));
        }

        foreach (var sub in model.Result.Score.Indicators.SelectMany(i => i.SubIndicators))
        {
            var rows = all.Where(r => r.Verdict.SubIndicator == sub.Code).ToList();
            var name = english ? model.Catalog.FindSubIndicator(sub.Code)?.TitleEn ?? sub.TitleTh : sub.TitleTh;
            yield return Row(english ? "sub-indicator" : "ตัวชี้วัดย่อย", sub.Code, name, rows, sub.Percent);
        }

        IReadOnlyList<string> Row(string scope, string code, string name, IReadOnlyCollection<ReportRow> rows, double percent) =>
        [
            scope,
            code,
            name,
            Count(rows.Count),
            Count(rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.Pass)),
            Count(rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.Fail)),
            Count(rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.ManualReview)),
            ThaiDates.Points(percent),
            ThaiDates.Points(Math.Round(rows.Where(r => r.IsOpen).Sum(r => r.Verdict.Cost), 2, MidpointRounding.AwayFromZero)),
        ];
    }

    public static Task WriteAsync(Stream stream, ReportModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var english = model.Site.Reports.EnglishHeaders;
        return CsvFile.WriteAsync(stream, Header(english), Rows(model, english), cancellationToken);
    }

    private static double Rate(IReadOnlyList<ReportRow> rows) =>
        rows.Count == 0 ? 0 : Math.Round(100.0 * rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.Pass) / rows.Count, 2, MidpointRounding.AwayFromZero);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
