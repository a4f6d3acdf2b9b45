using System.Diagnostics;

namespace OitChecker.Tests.Scheduling;

/// <summary>Bounded waiting for something another thread does (the scheduler's): poll, optionally move a fake clock, give up after a timeout.</summary>
internal static class Eventually
{
    public static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout, Action? tick = null, int pollMilliseconds = 50)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            tick?.Invoke();
            await Task.Delay(pollMilliseconds);
        }

        return condition();
    }
}
