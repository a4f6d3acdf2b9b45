namespace OitChecker.Reporting;

/// <summary>The files of one run's report folder, written in a fixed order into a staged folder.</summary>
public static class ReportSet
{
    public const string SummaryFile = "summary.csv";
    public const string AnswersFile = "answers.csv";
    public const string ResultsFile = "results.json";
    public const string HtmlFile = "report.html";

    /// <summary>Writes every division CSV, summary.csv, answers.csv, results.json and report.html.</summary>
    public static async Task WriteAsync(StagedReportFolder folder, ReportModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(model);
        foreach (var d in model.Divisions)
        {
            await folder.WriteAsync(d.CsvFileName, s => DivisionCsv.WriteAsync(s, model, d, cancellationToken), cancellationToken);
        }

        await folder.WriteAsync(SummaryFile, s => SummaryCsv.WriteAsync(s, model, cancellationToken), cancellationToken);
        await folder.WriteAsync(AnswersFile, s => AnswersCsv.WriteAsync(s, model, cancellationToken), cancellationToken);
        await folder.WriteAsync(ResultsFile, s => ResultsJson.WriteAsync(s, model.Result, cancellationToken), cancellationToken);
        await folder.WriteAsync(HtmlFile, s => HtmlReport.WriteAsync(s, model, cancellationToken), cancellationToken);
    }
}
