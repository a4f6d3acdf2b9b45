using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Text;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// The evidence is for the right period: the assessed fiscal year (plans, current data), the previous one (annual
/// reports), a span covering it (multi-year plans) and, for monthly series, every listed month — or an explicit
/// statement that the month had nothing ("ไม่มีการจัดซื้อจัดจ้าง"). Dates in titles, headings, link texts and
/// document heads decide; the page body only when those name no year (a sidebar of recent news must not make a
/// wrong-year plan pass).
/// </summary>
public sealed class PeriodRule : IElementRule
{
    private const int DocumentHeadChars = 1500;

    public ElementKind Kind => ElementKind.Period;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var period = (PeriodElement)spec;
        var fy = context.FiscalYear;
        var target = period.Scope == PeriodScope.Previous ? fy.Previous : fy;
        var prominent = ProminentTexts(context).SelectMany(ThaiDateFinder.Find).ToList();
        var body = context.Primary is { Kind: ResourceKind.Html } p ? ThaiDateFinder.Find(RuleContext.ReadableText(p)) : [];
        var withYear = prominent.Where(d => d.Year is not null).ToList();
        if (withYear.Count == 0)
        {
            withYear = body.Where(d => d.Year is not null).ToList();
        }

        var expected = period.Scope switch
        {
            PeriodScope.Previous => $"ปีงบประมาณ พ.ศ. {target.BeYear} (ปีก่อนปีที่ประเมิน)",
            PeriodScope.Covering => $"ช่วงปีที่ครอบคลุมปี พ.ศ. {target.BeYear}",
            _ => $"ปีงบประมาณ พ.ศ. {target.BeYear}",
        };
        var expectedEn = period.Scope switch
        {
            PeriodScope.Previous => $"fiscal year {target.BeYear} (the year before the assessment)",
            PeriodScope.Covering => $"a span of years covering {target.BeYear}",
            _ => $"fiscal year {target.BeYear}",
        };

        if (!withYear.Any(d => d.Covers(target)))
        {
            if (withYear.Count == 0)
            {
                return RuleResults.Fail(spec, FailKind.WrongPeriod,
                    $"ไม่พบปีงบประมาณหรือช่วงเวลาในหลักฐาน ต้องเป็น{expected}",
                    $"the evidence states no fiscal year or period; it must be {expectedEn}");
            }

            var found = string.Join(", ", withYear.Select(Describe).Distinct().Take(6));
            return RuleResults.Fail(spec, FailKind.WrongPeriod,
                $"หลักฐานเป็นของ {found} แต่ต้องเป็น{expected}",
                $"the evidence is for {found}, but it must be {expectedEn}", found);
        }

        return period.Months.Count == 0
            ? RuleResults.Pass(spec, $"เป็นข้อมูลของ{expected}", $"covers {expectedEn}")
            : CheckMonths(period, context, target);
    }

    private static ElementResult CheckMonths(PeriodElement period, RuleContext context, FiscalYear fy)
    {
        var dated = MonthSegments(context)
            .SelectMany(seg =>
            {
                var dates = ThaiDateFinder.Find(seg.Text).Where(d => d.Month is not null);
                return (seg.FirstOnly ? dates.Take(1) : dates).Select(d => (Segment: seg.Text, Date: d));
            })
            .ToList();
        if (dated.Count == 0 && context.Primary is { } p)
        {
            var text = RuleContext.ReadableText(p);
            dated = ThaiDateFinder.Find(text).Where(d => d.Month is not null).Select(d => (Segment: Window(text, d.Index), Date: d)).ToList();
        }

        var present = new HashSet<(int Month, int Year)>();
        var declaredNone = new HashSet<(int Month, int Year)>();
        var noneTerms = period.NoneStatements.Select(ThaiFold.Fold).Where(t => t.Length > 0).ToList();
        foreach (var (segment, d) in dated)
        {
            var key = (d.Month!.Value, d.Year ?? fy.BeYearOfMonth(d.Month.Value));
            var folded = ThaiFold.Fold(segment);
            if (noneTerms.Any(t => ThaiFold.ContainsFolded(folded, t)))
            {
                declaredNone.Add(key);
            }
            else
            {
                present.Add(key);
            }
        }

        var required = period.Months.Select(m => (Month: m, Year: fy.BeYearOfMonth(m))).ToList();
        var missing = required.Where(r => !present.Contains(r) && !declaredNone.Contains(r)).ToList();
        var none = required.Where(r => !present.Contains(r) && declaredNone.Contains(r)).ToList();
        var presentLabels = required.Where(present.Contains).Select(Label).ToList();
        if (missing.Count > 0)
        {
            var miss = string.Join(", ", missing.Select(Label));
            return RuleResults.Fail(period, FailKind.WrongPeriod,
                $"ขาดข้อมูลเดือน {miss} (ต้องครบ {Label(required[0])} – {Label(required[^1])} หรือประกาศว่าไม่มี)",
                $"months missing: {miss} (every month {Label(required[0])} – {Label(required[^1])} is required, or a statement that there was none)",
                $"พบ/found: {string.Join(", ", presentLabels)}", $"ขาด/missing: {miss}");
        }

        var noneNote = none.Count == 0 ? string.Empty : $" ({string.Join(", ", none.Select(Label))}: ประกาศว่าไม่มี)";
        return RuleResults.Pass(period, $"ครบทุกเดือน {Label(required[0])} – {Label(required[^1])}{noneNote}",
            $"every month {Label(required[0])} – {Label(required[^1])} is present{(none.Count == 0 ? string.Empty : $" ({none.Count} declared empty)")}",
            presentLabels.ToArray());
    }

    /// <summary>Titles, headings, link texts of children, children's titles and document heads.</summary>
    private static IEnumerable<string> ProminentTexts(RuleContext context)
    {
        if (context.Primary is { } p)
        {
            yield return p.Title ?? string.Empty;
            foreach (var h in p.Headings)
            {
                yield return h;
            }

            if (p.Kind == ResourceKind.Document)
            {
                yield return Head(RuleContext.ReadableText(p));
            }
        }

        foreach (var c in context.Bundle.Children)
        {
            yield return c.Link.Text;
            if (c.Snapshot is { IsUsable: true } s)
            {
                yield return s.Title ?? string.Empty;
                yield return Head(RuleContext.ReadableText(s));
            }
        }
    }

    /// <summary>
    /// Where months of a series are named: each child's link (with its row) — or, when the link names no month, the
    /// first month of the child's title and head (later dates there are signatures, not the period); table rows;
    /// headings; a document's own text.
    /// </summary>
    private static IEnumerable<(string Text, bool FirstOnly)> MonthSegments(RuleContext context)
    {
        foreach (var c in context.Bundle.Children)
        {
            var linkText = c.Link.Context is { } ctx && ctx.Length < 400 ? ctx : c.Link.Text;
            if (ThaiDateFinder.Find(linkText).Any(d => d.Month is not null))
            {
                yield return (linkText, false);
            }
            else if (c.Snapshot is { IsUsable: true } s)
            {
                yield return ((s.Title ?? string.Empty) + " " + Head(RuleContext.ReadableText(s)), true);
            }
        }

        if (context.Primary is { } p)
        {
            if (p.Kind == ResourceKind.Document)
            {
                yield return (RuleContext.ReadableText(p), false);
            }

            foreach (var row in p.Tables.SelectMany(t => t.Rows))
            {
                yield return (string.Join(" ", row), false);
            }

            foreach (var h in p.Headings)
            {
                yield return (h, false);
            }
        }
    }

    private static string Head(string text) => text.Length > DocumentHeadChars ? text[..DocumentHeadChars] : text;

    private static string Window(string text, int index)
    {
        var start = Math.Max(0, index - 100);
        var end = Math.Min(text.Length, index + 150);
        return text[start..end];
    }

    private static string Label((int Month, int Year) m) => ThaiMonths.ShortLabel(m.Month, m.Year);

    private static string Describe(FoundDate d) => d.Kind switch
    {
        DateKind.FiscalYear => $"ปีงบประมาณ {d.Year}",
        DateKind.FiscalYearRange or DateKind.YearRange => $"พ.ศ. {d.Year}–{d.EndYear}",
        DateKind.Year => $"พ.ศ. {d.Year}",
        _ => d.FiscalYear is { } f ? $"ปีงบประมาณ {f.BeYear}" : $"พ.ศ. {d.Year}",
    };
}
