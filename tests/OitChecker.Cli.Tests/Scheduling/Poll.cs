using System.Diagnostics;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>Bounded polling of an asynchronous condition (ledger rows written by child processes).</summary>
internal static class Poll
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, int pollMilliseconds = 200)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(pollMilliseconds);
        }

        return await condition();
    }
}
