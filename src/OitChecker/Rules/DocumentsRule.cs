using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// Documents are published with the evidence: enough of them, of the required types, every one opens (a ".pdf"
/// that returns an HTML error or a 500 is broken, not a document), and they hold readable text. A scan without a
/// text layer goes to manual review, fails or is accepted, as the catalog says.
/// </summary>
public sealed class DocumentsRule : IElementRule
{
    public ElementKind Kind => ElementKind.Documents;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var docs = (DocumentsElement)spec;
        var all = context.Bundle.Documents.DistinctBy(d => d.Url).ToList();
        var broken = all.Where(d => !d.IsUsable || d.Document is { Opens: false }).ToList();
        if (broken.Count > 0)
        {
            var list = string.Join(", ", broken.Select(Describe));
            return RuleResults.Fail(spec, FailKind.Broken, $"เอกสารเปิดไม่ได้: {list}", $"documents that do not open: {list}",
                broken.Select(b => b.Url).ToArray());
        }

        var wanted = docs.Types.Select(t => t.ToString().ToLowerInvariant()).ToHashSet();
        var typed = all.Where(d => d.Document is not null && wanted.Contains(d.Document.Type.ToLowerInvariant())).ToList();
        if (typed.Count < docs.Min)
        {
            var types = string.Join("/", wanted);
            return RuleResults.Fail(spec, FailKind.Incomplete,
                typed.Count == 0 ? $"ไม่พบเอกสาร ({types}) ในหลักฐาน" : $"พบเอกสาร {typed.Count} ไฟล์ ต้องมีอย่างน้อย {docs.Min} ไฟล์ ({types})",
                typed.Count == 0 ? $"no document ({types}) in the evidence" : $"{typed.Count} document(s) found, at least {docs.Min} required ({types})");
        }

        if (!docs.MustHoldText)
        {
            return RuleResults.Pass(spec, $"พบเอกสาร {typed.Count} ไฟล์ เปิดได้ทั้งหมด", $"{typed.Count} document(s), all open");
        }

        var withoutText = typed.Where(d => !d.Document!.HasText || !TextQuality.IsReadable(d.Text)).ToList();
        var readable = typed.Count - withoutText.Count;
        if (withoutText.Count == 0 || (readable >= docs.Min && docs.Scanned == ScannedPolicy.Accept))
        {
            return RuleResults.Pass(spec, $"พบเอกสาร {typed.Count} ไฟล์ เปิดได้และอ่านข้อความได้", $"{typed.Count} document(s) open and hold text");
        }

        var names = string.Join(", ", withoutText.Select(d => FileName(d.Url)));
        var scannedOnly = withoutText.All(d => d.Document!.IsScanned || !TextQuality.IsReadable(d.Text));
        return docs.Scanned switch
        {
            ScannedPolicy.Accept when scannedOnly => RuleResults.Pass(spec, $"พบเอกสาร {typed.Count} ไฟล์ (บางไฟล์เป็นภาพสแกน)", $"{typed.Count} document(s) (some are scans)"),
            ScannedPolicy.ManualReview when scannedOnly => RuleResults.Review(spec,
                $"เอกสารเป็นภาพสแกน ไม่มีข้อความให้ตรวจ ต้องตรวจด้วยตนเอง: {names}",
                $"scanned documents without a text layer must be checked by a person: {names}", withoutText.Select(d => d.Url).ToArray()),
            _ => RuleResults.Fail(spec, FailKind.Incomplete,
                $"เอกสารไม่มีข้อความที่อ่านได้ (ภาพสแกนหรือไฟล์ว่าง): {names}",
                $"documents hold no readable text (scans or empty files): {names}", withoutText.Select(d => d.Url).ToArray()),
        };
    }

    private static string Describe(PageSnapshot d) => d switch
    {
        { DocumentMismatch: true } => $"{FileName(d.Url)} (เป็นหน้า HTML/HTML page)",
        { Document.Opens: false } => $"{FileName(d.Url)} ({d.Document!.Error})",
        { Status: > 0 } => $"{FileName(d.Url)} (HTTP {d.Status})",
        _ => $"{FileName(d.Url)} ({d.Error ?? d.Outcome.ToString()})",
    };

    private static string FileName(string url) => Uri.UnescapeDataString(url.Split('?')[0].TrimEnd('/').Split('/')[^1]);
}
