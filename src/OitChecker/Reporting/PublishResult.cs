using OitChecker.History;
using OitChecker.Mailing;
using OitChecker.Running;

namespace OitChecker.Reporting;

/// <summary>What a publish did: the report folder, the item states (diff), the result as written, and the mail.</summary>
/// <param name="Recorded">
/// False when the run key was already recorded (another node published this round: nothing was written or mailed),
/// or for a dry run (the report was written and the e-mails went to the dry-run folder, but the history is unchanged).
/// </param>
/// <param name="ReportFolder">The committed report folder, or null when not recorded.</param>
/// <param name="Result">The result as written to results.json (archive findings added).</param>
/// <param name="States">Item states after the diff and flap damping.</param>
/// <param name="Mail">Messages queued or written and what the outbox flush did.</param>
public sealed record PublishResult(bool Recorded, string? ReportFolder, RunResult Result, IReadOnlyList<ItemState> States, MailOutcome Mail);
