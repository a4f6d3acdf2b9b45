using OitChecker.Running;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Passes a check's progress to Quartz (visible on the fire instance, also from other cluster nodes) — once per
/// phase, not per page, so a crawl of thousands of pages does not write thousands of store updates.
/// </summary>
internal sealed class JobProgress(IJobExecutionContext context) : IProgress<CheckProgress>
{
    private CheckPhase? _last;

    public void Report(CheckProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_last == value.Phase)
        {
            return;
        }

        _last = value.Phase;
        var total = value.Fetched + value.Queued;
        var percent = value.Phase == CheckPhase.Done ? 100 : total == 0 ? 0 : Math.Min(99, 100 * value.Fetched / total);
        context.ReportProgress(percent, value.Phase.ToString());
    }
}
