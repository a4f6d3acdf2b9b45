using System.Globalization;
using System.Text;
using OitChecker.History;
using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.Reporting;

/// <summary>
/// The report's charts as inline SVG (no script, no image file, no request): pass-rate bars per
/// sub-indicator and the projected OIT score across past runs.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 760;

    /// <summary>One bar per sub-indicator, grouped under its indicator.</summary>
    public static string SubIndicatorBars(ScoreProjection score)
    {
        const int Row = 26;
        const int LabelWidth = 330;
        const int BarWidth = 340;
        var rows = score.Indicators.Sum(i => i.SubIndicators.Count + 1);
        var height = rows * Row + 8;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"ร้อยละที่ผ่านรายตัวชี้วัดย่อย\">"));
        var y = 4;
        foreach (var ind in score.Indicators)
        {
            sb.Append(Inv($"<text x=\"0\" y=\"{y + 18}\" font-weight=\"700\" font-size=\"14\">ตัวชี้วัดที่ {Html.Encode(ind.Code)} {Html.Encode(ind.TitleTh)} — {N(ind.Percent)}%</text>"));
            y += Row;
            foreach (var s in ind.SubIndicators)
            {
                var w = Math.Round(BarWidth * Math.Clamp(s.Percent, 0, 100) / 100.0, 1);
                var color = s.Percent >= 100 ? "#1b7f3b" : s.Percent >= 50 ? "#c77700" : "#b3261e";
                sb.Append(Inv($"<text x=\"14\" y=\"{y + 17}\" font-size=\"13\">{Html.Encode(s.Code)} {Html.Encode(Trim(s.TitleTh, 34))}</text>"));
                sb.Append(Inv($"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{BarWidth}\" height=\"16\" rx=\"3\" fill=\"#eceff3\"/>"));
                sb.Append(Inv($"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{N(w)}\" height=\"16\" rx=\"3\" fill=\"{color}\"/>"));
                sb.Append(Inv($"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 18}\" font-size=\"13\">{N(s.Percent)}% ({s.Passed}/{s.Total})</text>"));
                y += Row;
            }
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The projected OIT score of conclusive runs, oldest to newest (the last 30).</summary>
    public static string Trend(IReadOnlyList<StoredRun> runs, TimeZoneInfo zone)
    {
        var points = runs.Where(r => r.Status == RunStatus.Complete).TakeLast(30).ToList();
        const int Height = 220;
        const int Left = 44;
        const int Right = 24;
        const int Top = 14;
        const int Bottom = 40;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"แนวโน้มคะแนน OIT\">"));
        foreach (var g in new[] { 0, 25, 50, 75, 100 })
        {
            var gy = Top + plotH - (plotH * g / 100.0);
            sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{N(gy)}\" x2=\"{Width - Right}\" y2=\"{N(gy)}\" stroke=\"#d9dde3\" stroke-width=\"1\"/>"));
            sb.Append(Inv($"<text x=\"{Left - 6}\" y=\"{N(gy + 4)}\" font-size=\"11\" text-anchor=\"end\">{g}</text>"));
        }

        if (points.Count == 0)
        {
            sb.Append(Inv($"<text x=\"{Left + 10}\" y=\"{Top + plotH / 2}\" font-size=\"13\">ยังไม่มีประวัติการตรวจ</text></svg>"));
            return sb.ToString();
        }

        double X(int i) => points.Count == 1 ? Left + plotW / 2.0 : Left + (plotW * i / (double)(points.Count - 1));
        double Y(double v) => Top + plotH - (plotH * Math.Clamp(v, 0, 100) / 100.0);
        if (points.Count > 1)
        {
            var path = string.Join(" ", points.Select((p, i) => Inv($"{N(X(i))},{N(Y(p.Oit))}")));
            sb.Append(Inv($"<polyline points=\"{path}\" fill=\"none\" stroke=\"#0b57d0\" stroke-width=\"2.5\"/>"));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var label = ThaiDates.ShortDate(ThaiDates.Local(p.StartedAt, zone));
            sb.Append(Inv($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(p.Oit))}\" r=\"4\" fill=\"#0b57d0\"><title>{Html.Encode(label)}: {N(p.Oit)}</title></circle>"));
        }

        var last = points[^1];
        var lastX = X(points.Count - 1);
        sb.Append(Inv($"<text x=\"{N(Math.Min(lastX, Width - Right - 4))}\" y=\"{N(Y(last.Oit) - 10)}\" font-size=\"13\" font-weight=\"700\" text-anchor=\"end\">{N(last.Oit)}</text>"));
        var firstLabel = ThaiDates.ShortDate(ThaiDates.Local(points[0].StartedAt, zone));
        var lastLabel = ThaiDates.ShortDate(ThaiDates.Local(last.StartedAt, zone));
        sb.Append(Inv($"<text x=\"{Left}\" y=\"{Height - 14}\" font-size=\"12\">{Html.Encode(firstLabel)}</text>"));
        if (points.Count > 1)
        {
            sb.Append(Inv($"<text x=\"{Width - Right}\" y=\"{Height - 14}\" font-size=\"12\" text-anchor=\"end\">{Html.Encode(lastLabel)}</text>"));
        }

        sb.Append(Inv($"<text x=\"{Left + plotW / 2}\" y=\"{Height - 14}\" font-size=\"12\" text-anchor=\"middle\">{points.Count} รอบการตรวจ</text>"));
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Shortens by whole grapheme clusters, so a Thai vowel or tone mark is never cut from its consonant.</summary>
    private static string Trim(string s, int max)
    {
        var info = new StringInfo(s);
        return info.LengthInTextElements <= max ? s : info.SubstringByTextElements(0, max - 1) + "…";
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
