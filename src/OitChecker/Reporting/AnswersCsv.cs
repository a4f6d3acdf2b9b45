namespace OitChecker.Reporting;

/// <summary>
/// <c>answers.csv</c>: item code → the URL to type into the NACC's ITAS system, in code order. The pinned URL
/// (the answer already submitted, from the site file) wins over the best evidence found, because the assessor
/// checks the submitted link; the source column says which it is.
/// </summary>
public static class AnswersCsv
{
    private static readonly string[] ThaiHeader = ["รหัส", "รายการ", "URL", "ผลการตรวจ", "ที่มาของ URL"];

    private static readonly string[] EnglishHeader = ["code", "item", "URL", "verdict", "URL source"];

    public static IReadOnlyList<string> Header(bool english) => english ? EnglishHeader : ThaiHeader;

    public static IEnumerable<IReadOnlyList<string>> Rows(ReportModel model, bool english)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var r in model.Rows)
        {
            var pinned = model.Site.PinnedUrl(r.Code);
            var (url, source) = pinned is not null
                ? (pinned, english ? "pinned (submitted)" : "URL ที่กำหนดไว้ (ส่งแล้ว)")
                : r.EvidenceUrl.Length > 0
                    ? (r.EvidenceUrl, english ? "found by the checker" : "ตรวจพบ")
                    : (string.Empty, english ? "none found" : "ไม่พบ");
            yield return [r.Code, english ? r.Verdict.TitleEn : r.Verdict.TitleTh, url, ReportText.Verdict(r.Verdict.Verdict, english), source];
        }
    }

    public static Task WriteAsync(Stream stream, ReportModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var english = model.Site.Reports.EnglishHeaders;
        return CsvFile.WriteAsync(stream, Header(english), Rows(model, english), cancellationToken);
    }
}
