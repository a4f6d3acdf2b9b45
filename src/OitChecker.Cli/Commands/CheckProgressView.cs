using OitChecker.Running;
using Spectre.Console;

namespace OitChecker.Cli.Commands;

/// <summary>
/// Shows a run's progress: a live progress bar on a terminal, a line every 50 pages and one per phase otherwise
/// (CI logs, cron mail), on stderr so stdout keeps the final table.
/// </summary>
internal static class CheckProgressView
{
    public static async Task<CheckOutcome> RunAsync(CliContext context, Func<IProgress<CheckProgress>, Task<CheckOutcome>> run)
    {
        if (!context.Interactive)
        {
            var lastPhase = (CheckPhase?)null;
            var lastReported = 0;
            var plain = new SynchronousProgress(p =>
            {
                if (p.Phase != lastPhase || p.Fetched >= lastReported + 50)
                {
                    lastPhase = p.Phase;
                    lastReported = p.Fetched;
                    context.Error.WriteLine($"[{p.Phase}] {p.Fetched} fetched, {p.Queued} queued, {p.Bytes / 1024} KB {p.CurrentUrl}");
                }
            });
            return await run(plain);
        }

        CheckOutcome? outcome = null;
        await context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Crawling", maxValue: 1);
                var live = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Fetched + p.Queued);
                    task.Value = p.Phase == CheckPhase.Done ? task.MaxValue : p.Fetched;
                    task.Description = Markup.Escape($"{p.Phase}: {p.Fetched} pages, {p.Bytes / 1024} KB");
                });
                outcome = await run(live);
                task.Value = task.MaxValue;
            });
        return outcome!;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool out of order).</summary>
    private sealed class SynchronousProgress(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        private readonly Lock _gate = new();

        public void Report(CheckProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
