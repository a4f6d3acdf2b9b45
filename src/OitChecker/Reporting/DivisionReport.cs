using OitChecker.History;

namespace OitChecker.Reporting;

/// <summary>One responsible division's part of a run: its rows, ordered by OIT points at stake then code.</summary>
public sealed record DivisionReport(string Slug, string NameTh, string? NameEn, IReadOnlyList<string> Emails, IReadOnlyList<ReportRow> Rows)
{
    public int Items => Rows.Count;

    public int Passed => Rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.Pass);

    public int Failed => Rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.Fail);

    public int ManualReview => Rows.Count(r => r.Verdict.Verdict == Verdicts.Verdict.ManualReview);

    /// <summary>OIT points the division would add by fixing all its gaps (gains add up: the score is linear in passes).</summary>
    public double PointsAtStake => Math.Round(Rows.Where(r => r.IsOpen).Sum(r => r.Verdict.Cost), 2, MidpointRounding.AwayFromZero);

    /// <summary>Rows that are confirmed news for the division: new gaps (incl. confirmed regressions) and fixes.</summary>
    public IEnumerable<ReportRow> Changes => Rows.Where(r => r.State.Change is ItemChange.New or ItemChange.Fixed);

    /// <summary>The CSV file name: the slug reduced to [a-z0-9-].</summary>
    public string CsvFileName => FileSlug(Slug) + ".csv";

    /// <summary>A file-name-safe slug.</summary>
    public static string FileSlug(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var chars = slug.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray();
        var s = new string(chars).Trim('-');
        return s.Length == 0 || s is "summary" or "answers" or "results" or "report" ? "division-" + s : s;
    }
}
