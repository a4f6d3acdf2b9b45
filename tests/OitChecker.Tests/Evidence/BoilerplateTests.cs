using OitChecker.Evidence;

namespace OitChecker.Tests.Evidence;

public class BoilerplateTests
{
    private const string Sidebar = "ผู้บริหาร นายสมมุติ ใจดี นายก อบต.ทดสอบ ผู้บริหาร นางสาวตัวอย่าง รักงาน ปลัด อบต.ทดสอบ";
    private const string Footer = "เลขที่ 99 หมู่ 1 ตำบล ทดสอบ อำเภอ ตัวอย่าง โทร. 000-000000";

    [Test]
    public void Strip_SidebarAndFooterOnEveryPage_AreCutAndThePageContentKept()
    {
        var b = Learnt(8);

        var text = b.Strip($"{Sidebar} คณะผู้บริหาร นายสมหวัง มีสุข รองนายกองค์การบริหารส่วนตำบลทดสอบ {Footer}");

        Assert.That(text, Is.EqualTo("| คณะผู้บริหาร นายสมหวัง มีสุข รองนายกองค์การบริหารส่วนตำบลทดสอบ |"));
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
