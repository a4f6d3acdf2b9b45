using System.Globalization;

namespace OitChecker.Reporting;

/// <summary>
/// A division's gap list (<c>&lt;division&gt;.csv</c>): every item the division is responsible for, the most
/// OIT points at stake first, with what is missing, where the evidence is, how to fix it, since when it is
/// open and what changed since the last run. Unverified catalog items are marked in the confidence column.
/// </summary>
public static class DivisionCsv
{
    private static readonly string[] ThaiHeader =
    [
        "รหัส", "รายการ", "ตัวชี้วัดย่อย", "ผลการตรวจ", "สิ่งที่ขาด", "URL หลักฐาน", "วิธีแก้ไข",
        "พบว่าไม่ผ่านครั้งแรก", "จำนวนวันที่ค้าง", "การเปลี่ยนแปลงจากรอบก่อน", "ความน่าเชื่อถือของเกณฑ์", "คะแนน OIT ที่จะได้เพิ่มถ้าแก้",
    ];

    private static readonly string[] EnglishHeader =
    [
        "code", "item", "sub-indicator", "verdict", "what is missing", "evidence URL", "fix hint",
        "first seen failing", "days open", "change since last run", "confidence", "OIT points if fixed",
    ];

    public static IReadOnlyList<string> Header(bool english) => english ? EnglishHeader : ThaiHeader;

    /// <summary>The data rows of a division, in report order.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(ReportModel model, DivisionReport division, bool english)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(division);
        var at = model.Result.StartedAt;
        foreach (var r in division.Rows)
        {
            var first = r.IsOpen && r.State.FirstFailingAt is { } f ? ThaiDates.Local(f, model.Zone) : (DateTimeOffset?)null;
            yield return
            [
                r.Code,
                english ? r.Verdict.TitleEn : r.Verdict.TitleTh,
                r.Verdict.SubIndicator,
                ReportText.Verdict(r.Verdict.Verdict, english),
                english ? r.MissingEn : r.MissingTh,
                r.EvidenceUrl,
                !r.IsOpen ? string.Empty : english && r.FixHintEn.Length > 0 ? r.FixHintEn : r.FixHintTh,
                first is null ? string.Empty : english ? ThaiDates.Iso(first.Value) : ThaiDates.ShortDate(first.Value),
                r.State.DaysOpen(at)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                ReportText.Change(r.State.Change, english),
                ReportText.Confidence(r.Verdict.Confidence, english),
                r.IsOpen ? ThaiDates.Points(r.Verdict.Cost) : ThaiDates.Points(0),
            ];
        }
    }

    /// <summary>Writes the division's CSV.</summary>
    public static Task WriteAsync(Stream stream, ReportModel model, DivisionReport division, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var english = model.Site.Reports.EnglishHeaders;
        return CsvFile.WriteAsync(stream, Header(english), Rows(model, division, english), cancellationToken);
    }

    /// <summary>The division's CSV as bytes (the e-mail attachment is exactly the file).</summary>
    public static Task<byte[]> ToBytesAsync(ReportModel model, DivisionReport division, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var english = model.Site.Reports.EnglishHeaders;
        return CsvFile.ToBytesAsync(Header(english), Rows(model, division, english), cancellationToken);
    }
}
