using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// The evidence opens for the public, on the agency's main site: a usable 2xx answer, not a soft 404, not a login
/// page, not a ".pdf" that is really an HTML error, not on Facebook / Google Drive / a link shortener.
/// </summary>
public sealed class ReachableRule : IElementRule
{
    public ElementKind Kind => ElementKind.Reachable;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Primary;

        // where the evidence lives decides "off-site" without fetching it (external links are not crawled)
        var url = p?.FinalUrl ?? context.Bundle.Candidate.Url;
        var host = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : string.Empty;
        var allowExtra = ((ReachableElement)spec).AllowExtraHosts;
        var own = allowExtra ? context.Hosts.IsOwn(host) : context.Hosts.IsMain(host);
        if (!own)
        {
            var service = OffSiteHosts.ServiceName(host);
            return service is null
                ? RuleResults.Fail(spec, FailKind.OffSite, $"หลักฐานอยู่นอกเว็บไซต์หลัก ({host})", $"the evidence is not on the main website ({host})", url)
                : RuleResults.Fail(spec, FailKind.OffSite, $"หลักฐานอยู่บน {service} ไม่ใช่เว็บไซต์หลักของหน่วยงาน", $"the evidence is only on {service}, not on the agency's main website", url);
        }

        if (p is null)
        {
            return RuleResults.NotChecked(spec, "ยังไม่ได้ตรวจ URL นี้ (การสำรวจเว็บไซต์หยุดก่อนถึง)", "this URL was not fetched (the crawl stopped before reaching it)");
        }

        return p switch
        {
            { Outcome: FetchOutcome.Blocked } => RuleResults.NotChecked(spec, "เว็บไซต์ปิดกั้นการตรวจ (firewall/challenge)", "the site blocked the check (firewall or challenge page)"),
            { Outcome: FetchOutcome.RobotsDisallowed } => RuleResults.Review(spec,
                "robots.txt ไม่อนุญาตให้โปรแกรมเปิดหน้านี้ ต้องตรวจด้วยตนเอง (หรือรันด้วย --no-robots สำหรับเว็บไซต์ของตนเอง)",
                "robots.txt forbids fetching this page; check it by hand (or run with --no-robots on your own site)", p.Url),
            { Outcome: FetchOutcome.Timeout } => Broken(spec, p, "หมดเวลารอการตอบกลับ", "no answer within the timeout"),
            { Outcome: FetchOutcome.NetworkError } => Broken(spec, p, $"เชื่อมต่อไม่ได้ ({p.Error})", $"connection failed ({p.Error})"),
            { Outcome: FetchOutcome.RedirectLoop } => Broken(spec, p, "เปลี่ยนเส้นทางวนซ้ำ", "redirect loop"),
            { Outcome: FetchOutcome.HttpError } => Broken(spec, p, $"เปิดไม่ได้ (HTTP {p.Status})", $"does not open (HTTP {p.Status})"),
            { IsSoft404: true } => Broken(spec, p, "หน้าเว็บแจ้งว่า \"ไม่พบหน้า\" แม้ตอบ 200", "the page says \"not found\" although it answers 200 (soft 404)"),
            { DocumentMismatch: true } => Broken(spec, p, $"ลิงก์เอกสารเปิดได้เป็นหน้า HTML ไม่ใช่ไฟล์เอกสาร ({p.ContentType})", $"the document link returns an HTML page, not a document ({p.ContentType})"),
            { RequiresLogin: true } => Broken(spec, p, "ต้องเข้าสู่ระบบก่อนจึงจะเห็น ประชาชนทั่วไปเข้าไม่ได้", "requires a login; the public cannot see it"),
            { Document.Opens: false } => Broken(spec, p, $"ไฟล์เอกสารเปิดไม่ได้ ({p.Document!.Error})", $"the document does not open ({p.Document!.Error})"),
            _ when !p.IsUsable => Broken(spec, p, $"เปิดไม่ได้ (HTTP {p.Status})", $"does not open (HTTP {p.Status})"),
            _ => RuleResults.Pass(spec, $"เปิดได้บนเว็บไซต์หลัก (HTTP {p.Status})", $"opens on the main website (HTTP {p.Status})", p.FinalUrl),
        };
    }

    private static ElementResult Broken(ElementSpec spec, PageSnapshot p, string th, string en) =>
        RuleResults.Fail(spec, FailKind.Broken, th, en, p.Url);
}
