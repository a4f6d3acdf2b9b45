using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Text;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>
/// Required table fields (e.g. the monthly procurement summary's columns) appear as the header of one table:
/// an HTML table on the evidence page or a sub-page, an XLSX/CSV header row, or — for PDFs — the document text.
/// The best single source is judged, so columns scattered over unrelated tables do not add up.
/// </summary>
public sealed class TableFieldsRule : IElementRule
{
    public ElementKind Kind => ElementKind.TableFields;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fields = (TableFieldsElement)spec;
        var min = fields.Min ?? fields.Fields.Count;
        var sources = Sources(context).ToList();
        if (sources.Count == 0)
        {
            return RuleResults.Fail(spec, FailKind.Incomplete, "ไม่พบตารางข้อมูลในหลักฐาน", "no table found in the evidence",
                fields.Fields.Select(f => f.Label).ToArray());
        }

        var best = sources
            .Select(s => (s.Name, Match: AlternativesMatch.In(s.FoldedHeader, fields.Fields)))
            .OrderByDescending(x => x.Match.Found.Count)
            .First();
        if (best.Match.Found.Count >= min)
        {
            return RuleResults.Pass(spec, $"ตารางมีหัวข้อครบ ({best.Name})", $"the table has the required columns ({best.Name})");
        }

        var miss = AlternativesMatch.Labels(best.Match.Missing);
        return RuleResults.Fail(spec, FailKind.Incomplete,
            $"ตารางขาดหัวข้อ: {miss} ({best.Name})",
            $"the table lacks the columns: {miss} ({best.Name})",
            best.Match.Missing.Select(m => m.ToString()).ToArray());
    }

    private static IEnumerable<(string Name, string FoldedHeader)> Sources(RuleContext context)
    {
        var pages = new List<PageSnapshot>();
        if (context.Primary is { IsUsable: true } p)
        {
            pages.Add(p);
        }

        pages.AddRange(context.FetchedChildren.Select(c => c.Snapshot).Where(s => s.IsUsable));
        foreach (var page in pages)
        {
            var name = page.Kind == ResourceKind.Document ? $"{page.Document?.Type ?? "document"} {Short(page.Url)}" : $"HTML {Short(page.Url)}";
            foreach (var t in page.Tables)
            {
                // header cells, plus the first body row: many CMS tables put the header in <tbody>
                var header = t.Headers.Concat(t.Rows.Take(1).SelectMany(r => r));
                yield return (name, ThaiFold.Fold(string.Join("|", header)));
            }

            if (page.Document is { } d)
            {
                foreach (var sheet in d.SheetHeaders)
                {
                    yield return (name, ThaiFold.Fold(string.Join("|", sheet)));
                }

                if (d.SheetHeaders.Count == 0 && d.Type is "pdf" or "docx" or "doc" && TextQuality.IsReadable(page.Text))
                {
                    yield return (name, ThaiFold.Fold(page.Text.Length > 6000 ? page.Text[..6000] : page.Text));
                }
            }
        }
    }

    private static string Short(string url)
    {
        var name = url.Split('?')[0].TrimEnd('/').Split('/')[^1];
        return Uri.UnescapeDataString(name.Length == 0 ? url : name);
    }
}
