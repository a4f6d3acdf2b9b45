using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class DocumentsRuleTests
{
    private static readonly DocumentsElement Pdf = new("docs", null, null, 1, [DocumentType.Pdf], true, true, ScannedPolicy.ManualReview);

    [Test]
    public async Task TextPdf_Passes()
    {
        var r = await Evaluate(Document("/f/plan.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565 ของเทศบาลตำบลเมืองแกลง"));

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.Th);
    }

    [Test]
    public async Task DocumentLinkAnswering500_FailsBroken()
    {
        var r = await Evaluate(Error("/f/plan.pdf", 500));

        Assert.That(r.FailKind, Is.EqualTo(FailKind.Broken));
        Assert.That(r.Reason.Th, Is.EqualTo("เอกสารเปิดไม่ได้: plan.pdf (HTTP 500)"));
    }

    [Test]
    public async Task PdfLinkThatReturnsAnHtmlErrorPage_FailsBroken()
    {
        var html = Html("/f/plan.pdf", "Error", "File not found") with { DocumentMismatch = true, ContentType = "text/html" };

        var r = await Evaluate(html);

        Assert.That(r.FailKind, Is.EqualTo(FailKind.Broken));
        Assert.That(r.Reason.En, Does.Contain("plan.pdf (เป็นหน้า HTML/HTML page)"));
    }

    [Test]
    public async Task ScannedPdf_GoesToManualReviewByDefault()
    {
        var r = await Evaluate(Document("/f/plan.pdf", string.Empty, scanned: true));

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.ManualReview));
    }

    [Test]
    public async Task ScannedPdf_FailsWhenTheCatalogSaysFail()
    {
        var strict = Pdf with { Scanned = ScannedPolicy.Fail };

        var r = await Evaluate(Document("/f/plan.pdf", string.Empty, scanned: true), strict);

        Assert.That(r.FailKind, Is.EqualTo(FailKind.Incomplete));
    }

    [Test]
    public async Task GarbageTextLayer_CountsAsNoText()
    {
        // the kind of text layer PdfPig extracts from a real poknoi PDF with unmapped Thai glyphs
        var r = await Evaluate(Document("/f/plan.pdf", "ιΕϔλνυϒκϔλόςϔϑϠχϒόσϔάϖΣόςϔϟιϊμϔχηϬϔμχπϏΣλΖϏτμϓζλϗϨθϘΩϟωχϔιϗϧΦεϒ"));

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.ManualReview), r.Reason.En);
    }

    [Test]
    public async Task NoDocumentLinked_FailsIncomplete()
    {
        var page = Html("/plan", "แผนการดำเนินงาน", text: "อยู่ระหว่างจัดทำ");
        var ctx = await new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O10", "แผนการดำเนินงาน", Pdf), "/plan");

        var r = new DocumentsRule().Evaluate(Pdf, ctx);

        Assert.That(r.Reason.En, Is.EqualTo("no document (pdf) in the evidence"));
    }

    private static async Task<ElementResult> Evaluate(PageSnapshot doc, DocumentsElement? spec = null)
    {
        spec ??= Pdf;
        var page = Html("/plan", "แผนการดำเนินงาน", links: [Link(doc.Url, "ดาวน์โหลดแผนการดำเนินงาน")]);
        var ctx = await new EvidenceFixture().Add(page, doc).ContextAsync(EvidenceFixture.Item("O10", "แผนการดำเนินงาน", spec), "/plan");
        return new DocumentsRule().Evaluate(spec, ctx);
    }
}
