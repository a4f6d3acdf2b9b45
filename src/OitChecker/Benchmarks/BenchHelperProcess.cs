using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OitChecker.Benchmarks;

/// <summary>
/// How to start this executable's hidden <c>bench</c> helpers (<c>serve</c>, <c>generate</c>, <c>measure</c>): the
/// program and the arguments before the helper's name (<c>bench</c>, preceded by the assembly when run through
/// <c>dotnet</c>).
/// </summary>
public sealed record BenchHelperProcess(string File, IReadOnlyList<string> Args)
{
    /// <summary>Starts helper <paramref name="verb"/> with <paramref name="arguments"/>, output and errors redirected.</summary>
    public Process Start(string verb, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(File) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in Args.Append(verb).Concat(arguments))
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start " + File);
    }

    /// <summary>The line a helper prints for its result: <paramref name="marker"/>, then <paramref name="value"/> as one line of JSON.</summary>
    public static string ResultLine<T>(string marker, T value, JsonTypeInfo<T> json) => marker + JsonSerializer.Serialize(value, json);

    /// <summary>
    /// Runs helper <paramref name="verb"/> to its end and returns the JSON object it printed on a line after
    /// <paramref name="marker"/>, and the helper's wall time from start to exit.
    /// </summary>
    /// <exception cref="TimeoutException">The helper ran longer than <paramref name="timeout"/> (it is killed).</exception>
    /// <exception cref="InvalidOperationException">The helper failed or printed no result.</exception>
    public async Task<(T Result, TimeSpan Wall)> RunForResultAsync<T>(string verb, IEnumerable<string> arguments, string marker, JsonTypeInfo<T> json, TimeSpan timeout, CancellationToken ct)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(verb, arguments);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        T? result = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    result = JsonSerializer.Deserialize(line[marker.Length..], json);
                }
            }

            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'bench {verb}' took longer than {timeout.TotalMinutes:F0} minutes");
        }

        var wall = clock.Elapsed;
        return result is not null && process.ExitCode == 0
            ? (result, wall)
            : throw new InvalidOperationException($"'bench {verb}' failed (exit {process.ExitCode}): {await errors}");
    }
}
