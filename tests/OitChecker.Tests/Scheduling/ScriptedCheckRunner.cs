using System.Collections.Concurrent;
using System.Diagnostics;
using OitChecker.Running;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

/// <summary>
/// A check-runner test double at the <see cref="ICheckRunner"/> seam: records every call (site, round, real
/// start and end, whether it was cancelled) and runs a scripted body instead of a crawl.
/// </summary>
internal sealed class ScriptedCheckRunner(Func<CheckRequest, CancellationToken, Task>? body = null, int exitCode = ExitCodes.GapsFound) : ICheckRunner
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private int _running;
    private int _maxRunning;

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The most runs that were in progress at the same moment.</summary>
    public int MaxConcurrent => Volatile.Read(ref _maxRunning);

    public async Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, now, seen) != seen)
        {
        }

        var start = Clock.Elapsed;
        var cancelled = false;
        try
        {
            if (body is not null)
            {
                await body(request, cancellationToken);
            }

            return TestOutcomes.For(request, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, exitCode: exitCode);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            Calls.Enqueue(new Call(request.Site.Id, request.RoundId, start, Clock.Elapsed, cancelled));
        }
    }

    public sealed record Call(string Site, string? Round, TimeSpan Start, TimeSpan End, bool Cancelled);
}
