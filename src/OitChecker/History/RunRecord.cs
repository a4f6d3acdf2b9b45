using OitChecker.Running;

namespace OitChecker.History;

/// <summary>
/// Everything one run adds to the history, written in one transaction: the run, its item states and the
/// evidence copies archived by it.
/// </summary>
/// <param name="Result">The run's result.</param>
/// <param name="RoundId">
/// The scheduled round this run belongs to (the scheduler's fire id), or the run id for a manual run.
/// Together with the site id it is the run key: a second write of the same key is refused.
/// </param>
/// <param name="States">Item states after the diff.</param>
/// <param name="ReportFolder">The report folder name (timestamp) the run's reports go to.</param>
/// <param name="Archive">Evidence copies to store or replace.</param>
public sealed record RunRecord(
    RunResult Result,
    string RoundId,
    IReadOnlyList<ItemState> States,
    string? ReportFolder,
    IReadOnlyList<ArchivedEvidence> Archive);
