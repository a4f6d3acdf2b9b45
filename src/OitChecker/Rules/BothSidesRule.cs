using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// Local government must show both the political side (นายก, รองนายก) and the permanent side (ปลัด, ผู้อำนวยการกอง).
/// Menus are not evidence: their link texts are removed first ("สำนักปลัดเทศบาล" in a menu is not a ปลัด on the page).
/// A page whose content is only an image (a scanned chart) cannot be read: manual review, never a pass.
/// </summary>
public sealed class BothSidesRule : IElementRule
{
    public ElementKind Kind => ElementKind.BothSides;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sides = (BothSidesElement)spec;
        var text = context.FoldedAll;
        var (politicalFound, _) = AlternativesMatch.In(text, sides.Political);
        var (permanentFound, _) = AlternativesMatch.In(text, sides.Permanent);
        var hasPolitical = politicalFound.Count > 0;
        var hasPermanent = permanentFound.Count > 0;
        if (hasPolitical && hasPermanent)
        {
            return RuleResults.Pass(spec, "แสดงทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ", "shows both the political and the permanent side",
                AlternativesMatch.Labels(politicalFound), AlternativesMatch.Labels(permanentFound));
        }

        var images = context.Primary?.Images.Count(ImagesRule.IsContentImage) ?? 0;
        if (!hasPolitical && !hasPermanent && images > 0)
        {
            return RuleResults.Review(spec,
                "เนื้อหาเป็นรูปภาพ โปรแกรมอ่านไม่ได้ว่ามีทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ ต้องตรวจด้วยตนเอง (ควรเพิ่มข้อความประกอบภาพ)",
                "the content is an image; a person must check that both sides are shown (add a text version)");
        }

        var missing = !hasPolitical && !hasPermanent ? "ทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ" : hasPolitical ? "ฝ่ายข้าราชการประจำ (ปลัด/ผู้อำนวยการกอง)" : "ฝ่ายการเมือง (นายก/รองนายก)";
        var missingEn = !hasPolitical && !hasPermanent ? "both the political and the permanent side" : hasPolitical ? "the permanent side (clerk, division directors)" : "the political side (mayor, deputies)";
        return RuleResults.Fail(spec, FailKind.Incomplete, $"ไม่แสดง{missing}", $"{missingEn} is not shown");
    }
}
