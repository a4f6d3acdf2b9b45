using OitChecker.Evidence;

namespace OitChecker.Tests.Evidence;

public class BoilerplateTests
{
    private const string Sidebar = "ผู้บริหาร นายเน้ย สมบูรณ์เถกิง นายก อบต.ไทรย้อย ผู้บริหาร นางสาวดวงสมร ตั้งประเสริฐ ปลัด อบต.ไทรย้อย";
    private const string Footer = "เลขที่ 207 หมู่ 2 ตำบล ไทรย้อย อำเภอ เด่นชัย โทร. 054-520573";

    [Test]
    public void Strip_SidebarAndFooterOnEveryPage_AreCutAndThePageContentKept()
    {
        var b = Learnt(8);

        var text = b.Strip($"{Sidebar} คณะผู้บริหาร นายวิน แสนสมบัติ รองนายกองค์การบริหารส่วนตำบลไทรย้อย {Footer}");

        Assert.That(text, Is.EqualTo("| คณะผู้บริหาร นายวิน แสนสมบัติ รองนายกองค์การบริหารส่วนตำบลไทรย้อย |"));
    }

    [Test]
    public void Strip_TooFewPagesToTell_KeepsEverything()
    {
        var b = Learnt(4);

        Assert.That(b.Strip($"{Sidebar} เนื้อหา"), Is.EqualTo($"{Sidebar} เนื้อหา"));
    }

    [Test]
    public void IsCommonHeading_OnlyForHeadingsOnMostPages()
    {
        var b = Learnt(8);

        Assert.That((b.IsCommonHeading("จำนวนผู้เข้าชม"), b.IsCommonHeading("หน้า 3")), Is.EqualTo((true, false)));
    }

    private static Boilerplate Learnt(int pages)
    {
        var b = new Boilerplate();
        for (var i = 0; i < pages; i++)
        {
            b.Learn($"{Sidebar} เนื้อหาของหน้า {i} ไม่ซ้ำกัน รายการที่ {i} {Footer}", ["จำนวนผู้เข้าชม", $"หน้า {i}"]);
        }

        b.Complete();
        return b;
    }
}
