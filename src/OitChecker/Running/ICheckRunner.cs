namespace OitChecker.Running;

/// <summary>
/// Runs one whole check of one site: crawl, evidence, verdicts, history, reports, mail. The single entry point
/// both hosts use — <c>oitcheck check</c> and the scheduler's nightly job — so they behave identically.
/// </summary>
public interface ICheckRunner
{
    Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress, CancellationToken cancellationToken);
}
