using OitChecker.Catalog;
using OitChecker.History;
using OitChecker.Verdicts;

namespace OitChecker.Reporting;

/// <summary>The words reports use for verdicts, changes, confidence and fail kinds, in Thai and English.</summary>
public static class ReportText
{
    public static string Verdict(Verdict v, bool english) => (v, english) switch
    {
        (Verdicts.Verdict.Pass, false) => "ผ่าน",
        (Verdicts.Verdict.Fail, false) => "ไม่ผ่าน",
        (Verdicts.Verdict.ManualReview, false) => "ต้องตรวจโดยเจ้าหน้าที่",
        (Verdicts.Verdict.Inconclusive, false) => "สรุปไม่ได้",
        (Verdicts.Verdict.Pass, true) => "pass",
        (Verdicts.Verdict.Fail, true) => "fail",
        (Verdicts.Verdict.ManualReview, true) => "manual review",
        _ => "inconclusive",
    };

    public static string Change(ItemChange c, bool english) => (c, english) switch
    {
        (ItemChange.New, false) => "ใหม่",
        (ItemChange.StillOpen, false) => "ยังไม่แก้",
        (ItemChange.Fixed, false) => "แก้แล้ว",
        (ItemChange.Unconfirmed, false) => "ยังไม่ยืนยัน (ไม่ผ่านรอบเดียว)",
        (ItemChange.New, true) => "new",
        (ItemChange.StillOpen, true) => "still open",
        (ItemChange.Fixed, true) => "fixed",
        (ItemChange.Unconfirmed, true) => "unconfirmed",
        _ => string.Empty,
    };

    public static string Confidence(Confidence c, bool english) => (c, english) switch
    {
        (Catalog.Confidence.Verified, false) => "ยืนยันแล้ว",
        (Catalog.Confidence.Derived, false) => "อนุมานจากปีอื่น",
        (Catalog.Confidence.Unverified, false) => "⚠ เกณฑ์ยังไม่ยืนยันกับคู่มือ",
        (Catalog.Confidence.Verified, true) => "verified",
        (Catalog.Confidence.Derived, true) => "derived",
        _ => "⚠ unverified",
    };

    public static string FailKind(FailKind k, bool english) => (k, english) switch
    {
        (Verdicts.FailKind.Missing, false) => "ไม่พบข้อมูล",
        (Verdicts.FailKind.Broken, false) => "ลิงก์เสีย/เปิดไม่ได้",
        (Verdicts.FailKind.Incomplete, false) => "ข้อมูลไม่ครบ",
        (Verdicts.FailKind.WrongPeriod, false) => "ไม่ใช่ปีงบประมาณที่ประเมิน",
        (Verdicts.FailKind.OffSite, false) => "อยู่นอกเว็บไซต์หลัก",
        (Verdicts.FailKind.Missing, true) => "missing",
        (Verdicts.FailKind.Broken, true) => "broken",
        (Verdicts.FailKind.Incomplete, true) => "incomplete",
        (Verdicts.FailKind.WrongPeriod, true) => "wrong period",
        _ => "off site",
    };

    /// <summary>A run finding kind as a Thai heading.</summary>
    public static string FindingKind(string kind) => kind switch
    {
        ArchiveCheck.PinnedUrlChanged => "เนื้อหาที่ URL ที่ส่งให้ ITAS เปลี่ยนไป",
        ArchiveCheck.PinnedUrlGone => "URL ที่ส่งให้ ITAS ใช้ไม่ได้แล้ว",
        _ => kind,
    };
}
