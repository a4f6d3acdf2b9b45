using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.Testing.Scheduling;

/// <summary>The outcome a check-runner test double returns: a completed run with no items and the given exit code.</summary>
public static class TestOutcomes
{
    public static CheckOutcome For(CheckRequest request, DateTimeOffset started, DateTimeOffset finished, int pages = 0, int exitCode = ExitCodes.Success)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = new RunResult
        {
            RunId = $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{request.Site.Id}",
            Site = new RunSite(request.Site.Id, request.Site.NameTh, request.Site.MainUrl.ToString()),
            Year = request.Site.Year,
            StartedAt = started,
            FinishedAt = finished,
            Score = new ScoreProjection(0, 0, 0, []),
            Pages = new RunPages(pages, 0, pages, 0, 0, "done", (finished - started).TotalSeconds),
        };
        return new CheckOutcome(result, null, exitCode);
    }
}
