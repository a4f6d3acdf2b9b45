using OitChecker.Catalog;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class PeriodRuleTests
{
    private static readonly PeriodElement Current = new("period", null, null, PeriodScope.Current, [], []);
    private static readonly PeriodElement Previous = new("period", null, null, PeriodScope.Previous, [], []);
    private static readonly PeriodElement Covering = new("period", null, null, PeriodScope.Covering, [], []);
    private static readonly PeriodElement Monthly = new("months", null, null, PeriodScope.Current, [10, 11, 12, 1, 2, 3], ["ไม่มีการจัดซื้อจัดจ้าง"]);

    [Test]
    public async Task CurrentYear_PlanTitledWithTheAssessedYear_Passes()
    {
        var ctx = await Context(Html("/plan", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), Current);

        var r = new PeriodRule().Evaluate(Current, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.En);
    }

    [Test]
    public async Task CurrentYear_WrongYearPlanWithRecentNewsInTheSidebar_FailsWrongPeriod()
    {
        // Given a FY2564 plan whose page body also shows news dated in 2565 (a sidebar)
        var page = Html("/plan", "แผนการดำเนินงาน ประจำปีงบประมาณ 2564",
            text: "ข่าวล่าสุด 12 ม.ค. 2565 ประชุมสภา 3 ก.พ. 2565",
            links: [Link("/files/plan2564.pdf", "แผนการดำเนินงาน ปี 2564 (PDF)")]);
        var ctx = await Context(page, Current, Document("/files/plan2564.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564"));

        var r = new PeriodRule().Evaluate(Current, ctx);

        // Then the title and the document decide, not the sidebar
        Assert.That((r.Outcome, r.FailKind), Is.EqualTo((ElementOutcome.Fail, (FailKind?)FailKind.WrongPeriod)));
        Assert.That(r.Reason.Th, Does.Contain("ปีงบประมาณ 2564").And.Contains("ปีงบประมาณ พ.ศ. 2565"));
    }

    [Test]
    public async Task CurrentYear_NoYearAnywhere_FailsWithNoPeriodStated()
    {
        var ctx = await Context(Html("/plan", "แผนการดำเนินงาน", text: "รายละเอียดโครงการ"), Current);

        var r = new PeriodRule().Evaluate(Current, ctx);

        Assert.That(r.Reason.En, Does.StartWith("the evidence states no fiscal year"));
    }

    [TestCase("รายงานผลการดำเนินงานประจำปี 2564", ElementOutcome.Pass)]   // the year before the assessment
    [TestCase("รายงานผลการดำเนินงานประจำปี 2565", ElementOutcome.Fail)]   // the assessed year is too early for an annual report
    public async Task PreviousYear_AnnualReport(string title, ElementOutcome expected)
    {
        var ctx = await Context(Html("/report", title), Previous);

        Assert.That(new PeriodRule().Evaluate(Previous, ctx).Outcome, Is.EqualTo(expected));
    }

    [TestCase("แผนพัฒนาท้องถิ่น (พ.ศ. 2561 - 2565)", ElementOutcome.Pass)]
    [TestCase("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", ElementOutcome.Fail)]
    public async Task Covering_MultiYearPlan(string title, ElementOutcome expected)
    {
        var ctx = await Context(Html("/devplan", title), Covering);

        Assert.That(new PeriodRule().Evaluate(Covering, ctx).Outcome, Is.EqualTo(expected));
    }

    [Test]
    public async Task Months_AllSixLinkedAsDocuments_Pass()
    {
        var ctx = await MonthlyContext(["ต.ค. 64", "พ.ย. 64", "ธ.ค. 64", "ม.ค. 65", "ก.พ. 65", "มี.ค. 65"]);

        var r = new PeriodRule().Evaluate(Monthly, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.En);
    }

    [Test]
    public async Task Months_FebruaryMissing_FailsNamingExactlyFebruary()
    {
        var ctx = await MonthlyContext(["ตุลาคม 2564", "พฤศจิกายน 2564", "ธันวาคม 2564", "มกราคม 2565", "มีนาคม 2565"]);

        var r = new PeriodRule().Evaluate(Monthly, ctx);

        Assert.Multiple(() =>
        {
            Assert.That(r.FailKind, Is.EqualTo(FailKind.WrongPeriod));
            Assert.That(r.Reason.Th, Does.StartWith("ขาดข้อมูลเดือน ก.พ. 65 "));
            Assert.That(r.Details, Does.Contain("ขาด/missing: ก.พ. 65"));
        });
    }

    [Test]
    public async Task Months_FebruaryDeclaredEmpty_Passes()
    {
        var page = Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2565",
            links: new[] { "ต.ค. 64", "พ.ย. 64", "ธ.ค. 64", "ม.ค. 65", "มี.ค. 65" }.Select((m, i) => Link($"/files/s{i}.pdf", $"สขร.1 ประจำเดือน {m}"))
                .Append(Link("/nothing-feb", "เดือน ก.พ. 65 ไม่มีการจัดซื้อจัดจ้าง")));
        var docs = Enumerable.Range(0, 5).Select(i => Document($"/files/s{i}.pdf", "แบบ สขร.1")).ToArray();
        var ctx = await Context(page, Monthly, docs.Append(Html("/nothing-feb", "ประกาศ", "เดือนกุมภาพันธ์ 2565 ไม่มีการจัดซื้อจัดจ้าง")).ToArray());

        var r = new PeriodRule().Evaluate(Monthly, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.Th);
        Assert.That(r.Reason.Th, Does.Contain("ก.พ. 65: ประกาศว่าไม่มี"));
    }

    [Test]
    public async Task Months_FromATableOfMonths_Pass()
    {
        var rows = new[] { "ตุลาคม 2564", "พฤศจิกายน 2564", "ธันวาคม 2564", "มกราคม 2565", "กุมภาพันธ์ 2565", "มีนาคม 2565" }
            .Select(m => (IReadOnlyList<string>)[m, "จ้างซ่อมถนน", "50,000"]).ToList();
        var page = Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2565", tables: [new([ "เดือน", "งานที่ซื้อหรือจ้าง", "วงเงิน" ], rows)]);
        var ctx = await Context(page, Monthly);

        Assert.That(new PeriodRule().Evaluate(Monthly, ctx).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task Months_SignatureDateInADocumentIsNotItsMonth()
    {
        // Given five monthly PDFs whose links name no month; the March one is missing, but each document is
        // signed in March ("ประกาศ ณ วันที่ 5 มีนาคม 2565") after naming its own month
        var months = new[] { "ตุลาคม 2564", "พฤศจิกายน 2564", "ธันวาคม 2564", "มกราคม 2565", "กุมภาพันธ์ 2565" };
        var page = Html("/sum", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2565", links: months.Select((_, i) => Link($"/f/{i}.pdf", $"ดาวน์โหลดไฟล์ {i + 1}")));
        var docs = months.Select((m, i) => Document($"/f/{i}.pdf", $"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน {m} ประกาศ ณ วันที่ 5 มีนาคม 2565")).ToArray();
        var ctx = await Context(page, Monthly, docs);

        var r = new PeriodRule().Evaluate(Monthly, ctx);

        Assert.That(r.Reason.Th, Does.StartWith("ขาดข้อมูลเดือน มี.ค. 65 "));
    }

    // FY2565 runs 1 Oct 2564 – 30 Sep 2565; every way Thai sites write a date of it counts
    [TestCase("ประกาศ ณ วันที่ ๑ ต.ค. ๖๔", ElementOutcome.Pass)]
    [TestCase("ประกาศ ณ วันที่ 1 ตุลาคม 2564", ElementOutcome.Pass)]
    [TestCase("แผนการจัดซื้อจัดจ้าง ต.ค.64", ElementOutcome.Pass)]
    [TestCase("ประกาศ ณ วันที่ 01/10/2564", ElementOutcome.Pass)]
    [TestCase("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", ElementOutcome.Pass)]
    [TestCase("แผนการจัดซื้อจัดจ้าง ปีงบประมาณ 2565", ElementOutcome.Pass)]
    [TestCase("ประกาศ ณ วันที่ ๓๐ กันยายน ๒๕๖๕", ElementOutcome.Pass)]
    [TestCase("ประกาศ ณ วันที่ 30 ก.ย. 2564", ElementOutcome.Fail)]            // the last day of FY2564
    [TestCase("ประกาศ ณ วันที่ 1 ต.ค. 2565", ElementOutcome.Fail)]             // the first day of FY2566
    [TestCase("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", ElementOutcome.Fail)]
    [TestCase("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566", ElementOutcome.Fail)]
    public async Task CurrentYear_ThaiDateForms(string title, ElementOutcome expected)
    {
        var ctx = await Context(Html("/plan", title), Current);

        var r = new PeriodRule().Evaluate(Current, ctx);

        Assert.That(r.Outcome, Is.EqualTo(expected), r.Reason.Th);
    }

    [Test]
    public async Task Months_SeriesInThaiDigitsWithDecemberMissing_FailsNamingDecember()
    {
        var ctx = await MonthlyContext(["ต.ค. ๖๔", "พ.ย. ๖๔", "ม.ค. ๖๕", "ก.พ. ๖๕", "มี.ค. ๖๕"]);

        var r = new PeriodRule().Evaluate(Monthly, ctx);

        Assert.Multiple(() =>
        {
            Assert.That(r.FailKind, Is.EqualTo(FailKind.WrongPeriod));
            Assert.That(r.Details, Does.Contain("ขาด/missing: ธ.ค. 64"));
        });
    }

    [Test]
    public async Task Months_NumericDatesOnePerMonth_Pass()
    {
        var ctx = await MonthlyContext(["31/10/2564", "30/11/2564", "31/12/2564", "31/01/2565", "28/02/2565", "31/03/2565"]);

        Assert.That(new PeriodRule().Evaluate(Monthly, ctx).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    private static async Task<RuleContext> MonthlyContext(string[] months)
    {
        var page = Html("/sum", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2565",
            links: months.Select((m, i) => Link($"/files/s{i}.pdf", $"สขร.1 {m}")));
        var docs = months.Select((m, i) => Document($"/files/s{i}.pdf", $"แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง {m}")).ToArray();
        return await Context(page, Monthly, docs);
    }

    private static Task<RuleContext> Context(OitChecker.Crawling.PageSnapshot page, ElementSpec spec, params OitChecker.Crawling.PageSnapshot[] others) =>
        new EvidenceFixture().Add([page, .. others]).ContextAsync(EvidenceFixture.Item("O23", "สรุปผลการจัดซื้อจัดจ้าง", spec), page.Url);
}
