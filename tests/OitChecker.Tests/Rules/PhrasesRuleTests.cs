using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class PhrasesRuleTests
{
    // O5 ข้อมูลการติดต่อ as the 2565 catalog states it
    private static readonly PhrasesElement Contact = new("contact", null, null,
    [
        Alternatives.Parse("ที่อยู่|ที่ตั้ง|ถนน|อำเภอ"), Alternatives.Parse("โทรศัพท์|โทร|Tel|Phone"),
        Alternatives.Parse("โทรสาร|แฟกซ์|Fax"), Alternatives.Parse("อีเมล|E-mail|Email|ไปรษณีย์อิเล็กทรอนิกส์"),
    ], null);

    [Test]
    public async Task AllPhrasesOnTheContactPage_Passes()
    {
        var ctx = await Context(Html("/contact", "ติดต่อเรา", "เทศบาลตำบลเมืองแกลง เลขที่ 9 ถนนสุขุมวิท อำเภอแกลง โทร. ๐-๓๘๖๗-๑๒๓๔ โทรสาร ๐-๓๘๖๗-๑๒๓๕ E-mail: saraban@test.go.th"));

        Assert.That(new PhrasesRule().Evaluate(Contact, ctx).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task FaxMissing_FailsIncompleteNamingOnlyTheFax()
    {
        var ctx = await Context(Html("/contact", "ติดต่อเรา", "ที่ตั้ง 207 หมู่ 2 อำเภอเด่นชัย โทร. 054-520573 อีเมล์ saiyoi@live.com"));

        var r = new PhrasesRule().Evaluate(Contact, ctx);

        Assert.Multiple(() =>
        {
            Assert.That((r.Outcome, r.FailKind), Is.EqualTo((ElementOutcome.Fail, (FailKind?)FailKind.Incomplete)));
            Assert.That(r.Reason.Th, Is.EqualTo("ไม่พบ โทรสาร"));
            Assert.That(r.Details, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PhraseOnlyInALinkedDocument_Counts()
    {
        // Given a powers-and-duties page that only links the PDF summary of the law
        var page = Html("/power", "อำนาจหน้าที่", "ดาวน์โหลดเอกสาร", links: [Link("/files/power.pdf", "อำนาจหน้าที่ของเทศบาล (PDF)")]);
        var doc = Document("/files/power.pdf", "หน้าที่และอำนาจของเทศบาล ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50");
        var spec = new PhrasesElement("law", null, null, [Alternatives.Parse("อำนาจหน้าที่|หน้าที่และอำนาจ"), Alternatives.Parse("พระราชบัญญัติ|พ.ร.บ.|มาตรา")], null);
        var ctx = await new EvidenceFixture().Add(page, doc).ContextAsync(EvidenceFixture.Item("O3", "อำนาจหน้าที่", spec), "/power");

        Assert.That(new PhrasesRule().Evaluate(spec, ctx).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task MinimumOfTheListReached_Passes_BelowIt_FailsSayingHowMany()
    {
        var spec = new PhrasesElement("guide", null, null,
            [Alternatives.Parse("ขั้นตอน"), Alternatives.Parse("ช่องทาง"), Alternatives.Parse("ระยะเวลา"), Alternatives.Parse("ผู้รับผิดชอบ")], 3);
        var three = await Context(Html("/g", "แนวปฏิบัติ", "ขั้นตอนการรับเรื่อง ช่องทางการร้องเรียน ระยะเวลาดำเนินการ 15 วัน"));
        var two = await Context(Html("/g", "แนวปฏิบัติ", "ขั้นตอนการรับเรื่อง ช่องทางการร้องเรียน"));

        var pass = new PhrasesRule().Evaluate(spec, three);
        var fail = new PhrasesRule().Evaluate(spec, two);

        Assert.Multiple(() =>
        {
            Assert.That(pass.Outcome, Is.EqualTo(ElementOutcome.Pass));
            Assert.That(fail.Reason.Th, Is.EqualTo("ไม่พบ ระยะเวลา, ผู้รับผิดชอบ (ต้องมีอย่างน้อย 3 จาก 4 รายการ)"));
        });
    }

    [Test]
    public async Task PhraseOnlyInTheSiteMenu_DoesNotCount()
    {
        // Given "ติดต่อเรา" pages whose only "โทรสาร" is a menu link on every page
        var fixture = new EvidenceFixture();
        var menu = Link("/fax-service", "บริการโทรสารออนไลน์");
        for (var i = 0; i < 8; i++)
        {
            fixture.Add(Html($"/p{i}", $"หน้า {i}", "บริการโทรสารออนไลน์", links: [menu]));
        }

        fixture.Add(Html("/contact", "ติดต่อเรา", "บริการโทรสารออนไลน์ ที่ตั้ง อำเภอแกลง โทร. 038-671234 อีเมล a@test.go.th", links: [menu]));
        var ctx = await fixture.ContextAsync(EvidenceFixture.Item("O5", "ติดต่อเรา", Contact), "/contact");

        Assert.That(new PhrasesRule().Evaluate(Contact, ctx).Reason.Th, Is.EqualTo("ไม่พบ โทรสาร"));
    }

    private static Task<RuleContext> Context(PageSnapshot page) =>
        new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O5", "ข้อมูลการติดต่อ", Contact), page.Url);
}
