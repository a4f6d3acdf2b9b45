using OitChecker.Running;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// Bound as the check runner while the check pipeline (Running/CheckRun) is not part of this build: every
/// scheduled run fails loudly with this message (logged, and shown by <c>oitcheck status</c>) instead of
/// pretending to have checked anything. <see cref="CheckRunnerRegistration"/> is where the real runner is bound.
/// </summary>
internal sealed class PipelineNotWiredCheckRunner : ICheckRunner
{
    public Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            "the check pipeline is not wired into serve in this build: bind the ICheckRunner implementation in src/OitChecker.Cli/Hosting/CheckRunnerRegistration.cs");
}
