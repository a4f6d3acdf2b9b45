using OitChecker.Catalog;
using OitChecker.Text;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// A working two-way channel: an HTML form that asks for more than a search word (a Q&amp;A board, a complaint or
/// E-Service form), or a link to one of the catalog's channels (Messenger, LINE Official Account, a web board).
/// Links in menus count here: a chat button on every page is a channel.
/// </summary>
public sealed class InteractiveRule : IElementRule
{
    public ElementKind Kind => ElementKind.Interactive;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interactive = (InteractiveElement)spec;
        var p = context.Primary;
        if (p is null)
        {
            return RuleResults.NotChecked(spec, "ไม่มีหน้าให้ตรวจ", "no page to check");
        }

        if (interactive.AcceptForm)
        {
            var form = p.Forms.FirstOrDefault(f => !f.HasPassword && (f.HasTextArea || f.InputCount >= 3));
            if (form is not null)
            {
                return RuleResults.Pass(spec, "มีแบบฟอร์มให้ประชาชนส่งข้อมูลผ่านเว็บไซต์", "has a form the public can submit on the website",
                    form.Action ?? p.FinalUrl);
            }
        }

        var channels = interactive.Channels.Select(c => (Raw: c, Folded: ThaiFold.Fold(c))).Where(c => c.Folded.Length > 0).ToList();
        foreach (var link in p.Links.Concat(context.Bundle.Children.Select(c => c.Link)))
        {
            var url = link.Url.ToLowerInvariant();
            var text = ThaiFold.Fold(link.Text);
            var hit = channels.FirstOrDefault(c => url.Contains(c.Raw.ToLowerInvariant(), StringComparison.Ordinal) || ThaiFold.ContainsFolded(text, c.Folded));
            if (hit.Raw is not null)
            {
                return RuleResults.Pass(spec, $"มีช่องทางสื่อสารสองทาง ({hit.Raw})", $"has a two-way channel ({hit.Raw})", link.Url);
            }
        }

        var inText = channels.FirstOrDefault(c => ThaiFold.ContainsFolded(context.FoldedMain, c.Folded));
        if (inText.Raw is not null)
        {
            return RuleResults.Review(spec, $"หน้ากล่าวถึง \"{inText.Raw}\" แต่ไม่พบแบบฟอร์มหรือลิงก์ที่ใช้งานได้ ต้องตรวจด้วยตนเอง",
                $"the page mentions \"{inText.Raw}\" but no working form or link was found; check by hand");
        }

        return RuleResults.Fail(spec, FailKind.Incomplete, "ไม่พบแบบฟอร์มหรือช่องทางสื่อสารสองทางที่ใช้งานได้", "no working form or two-way channel found");
    }
}
