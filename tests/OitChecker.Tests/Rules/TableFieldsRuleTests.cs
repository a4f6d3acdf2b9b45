using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class TableFieldsRuleTests
{
    // the monthly procurement summary (สขร.1) columns, with real-world alternatives
    private static readonly TableFieldsElement Fields = new("fields", null, null,
    [
        Alternatives.Parse("งานที่ซื้อหรือจ้าง|งานจัดซื้อจัดจ้าง"),
        Alternatives.Parse("วงเงินที่จะซื้อหรือจ้าง|วงเงินงบประมาณ|วงเงิน"),
        Alternatives.Parse("ราคากลาง"),
        Alternatives.Parse("วิธีซื้อหรือจ้าง|วิธีการจัดซื้อจัดจ้าง"),
        Alternatives.Parse("ผู้ได้รับการคัดเลือก|ผู้ได้รับคัดเลือก"),
        Alternatives.Parse("เหตุผลที่คัดเลือก"),
    ], null);

    [Test]
    public async Task HtmlTableMissingOneColumn_FailsNamingIt()
    {
        // Given a summary table without the "เหตุผลที่คัดเลือกโดยสรุป" column
        var table = new TableSnapshot(["ลำดับ", "งานที่ซื้อหรือจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง"], []);
        var ctx = await Context(Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง", tables: [table]));

        var r = new TableFieldsRule().Evaluate(Fields, ctx);

        Assert.That((r.Outcome, r.FailKind), Is.EqualTo((ElementOutcome.Fail, (FailKind?)FailKind.Incomplete)));
        Assert.That(r.Reason.Th, Does.StartWith("ตารางขาดหัวข้อ: เหตุผลที่คัดเลือก ("));
    }

    [Test]
    public async Task XlsxHeaderRow_WithEveryColumn_Passes()
    {
        // Given an XLSX export whose first row is the สขร.1 header (spaces and line breaks as Excel users type them)
        IReadOnlyList<string> header = ["ลำดับที่", "งาน ที่ซื้อ หรือจ้าง", "วงเงินที่จะซื้อ\nหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญา"];
        var page = Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง", links: [Link("/files/sum-oct.xlsx", "สขร.1 ต.ค. 64 (Excel)")]);
        var xlsx = Document("/files/sum-oct.xlsx", "งานที่ซื้อหรือจ้าง ...", type: "xlsx", sheetHeaders: [header]);
        var ctx = await Context(page, xlsx);

        var r = new TableFieldsRule().Evaluate(Fields, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.Th);
        Assert.That(r.Reason.Th, Does.Contain("xlsx sum-oct.xlsx"));
    }

    [Test]
    public async Task ColumnsSpreadOverTwoUnrelatedTables_DoNotAddUp()
    {
        var t1 = new TableSnapshot(["งานที่ซื้อหรือจ้าง", "วงเงิน", "ราคากลาง"], []);
        var t2 = new TableSnapshot(["วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก", "เหตุผลที่คัดเลือก"], []);
        var ctx = await Context(Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง", tables: [t1, t2]));

        Assert.That(new TableFieldsRule().Evaluate(Fields, ctx).Outcome, Is.EqualTo(ElementOutcome.Fail));
    }

    [Test]
    public async Task NoTableAtAll_Fails()
    {
        var ctx = await Context(Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง", text: "อยู่ระหว่างจัดทำ"));

        Assert.That(new TableFieldsRule().Evaluate(Fields, ctx).Reason.En, Is.EqualTo("no table found in the evidence"));
    }

    private static Task<RuleContext> Context(PageSnapshot page, params PageSnapshot[] others) =>
        new EvidenceFixture().Add([page, .. others]).ContextAsync(EvidenceFixture.Item("O23", "สรุปผลการจัดซื้อจัดจ้าง", Fields), page.Url);
}
