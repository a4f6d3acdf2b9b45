using OitChecker.Running;
using OitChecker.Verdicts;
using Spectre.Console;

namespace OitChecker.Cli.Commands;

/// <summary>The final table of a check: projected score, gaps per division, the failing items, where the reports are.</summary>
internal static class CheckSummaryView
{
    public static void Render(IAnsiConsole console, CheckRequest request, CheckOutcome outcome)
    {
        var r = outcome.Result;
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(r.Site.Name)}[/] — ITA {r.Year} ({Markup.Escape(r.Site.MainUrl)})");
        if (r.Status == RunStatus.Inconclusive)
        {
            console.MarkupLine($"[yellow]Run inconclusive:[/] {Markup.Escape(r.InconclusiveReason ?? string.Empty)} — no division is told it has gaps.");
        }

        console.MarkupLine($"Projected OIT [bold]{r.Score.Oit:0.00}[/] % (if manual reviews pass: {r.Score.OitIfReviewsPass:0.00} %) = {r.Score.ItaPoints:0.00} of 40 ITA points");
        console.MarkupLine($"Pages {r.Pages.Fetched}, documents {r.Pages.Documents}, requests {r.Pages.Requests}, {r.Pages.Bytes / 1024} KB, {r.Pages.DurationSeconds:0.0} s ({r.Pages.Stop}); items judged in {outcome.Matching.TotalMilliseconds:0} ms; broken links {r.Links.Broken.Count}");

        var divisions = new Table { Border = TableBorder.Simple, Title = new TableTitle("Gaps per division") };
        divisions.AddColumns("Division", "Items", "Pass", "Fail", "Review", "Inconclusive", "OIT points at stake");
        foreach (var g in r.Items.GroupBy(i => i.Division).OrderByDescending(g => g.Sum(i => i.Cost)))
        {
            var name = request.Site.FindDivision(g.Key)?.NameTh ?? g.Key;
            divisions.AddRow(Markup.Escape(name), Count(g), Count(g, Verdict.Pass), Count(g, Verdict.Fail), Count(g, Verdict.ManualReview),
                Count(g, Verdict.Inconclusive), $"{g.Sum(i => i.Cost):0.00}");
        }

        console.Write(divisions);
        var gaps = r.Items.Where(i => i.Verdict != Verdict.Pass).OrderByDescending(i => i.Cost).ToList();
        if (gaps.Count > 0)
        {
            var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("Items to fix") };
            table.AddColumns("Code", "Item", "Verdict", "Why", "+OIT");
            foreach (var i in gaps)
            {
                var verdict = i.Verdict == Verdict.Fail ? $"fail: {string.Join(", ", i.FailKinds.Select(Kebab))}" : Kebab(i.Verdict);
                table.AddRow(i.Code, Markup.Escape(i.TitleTh), Markup.Escape(verdict), Markup.Escape(i.Reasons.Count > 0 ? i.Reasons[0].Th : string.Empty), $"{i.Cost:0.00}");
            }

            console.Write(table);
        }

        console.MarkupLine(outcome.ReportFolder is null ? "No report written (this round was already recorded)." : $"Reports: {Markup.Escape(outcome.ReportFolder)}");
    }

    private static string Count(IEnumerable<ItemVerdict> items, Verdict? verdict = null) =>
        items.Count(i => verdict is null || i.Verdict == verdict).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Kebab<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
