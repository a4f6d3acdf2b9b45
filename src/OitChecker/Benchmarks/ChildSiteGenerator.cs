using System.Globalization;
using System.Text.Json;

namespace OitChecker.Benchmarks;

/// <summary>
/// Generates the benchmark site in a child process (<c>oitcheck bench generate</c>), so the crawler's process
/// starts its measured crawl as a user's would: without the generator's code, fonts and garbage in its memory.
/// The child prints the <see cref="SyntheticSite"/> as one JSON line after <see cref="Marker"/>.
/// </summary>
public static class ChildSiteGenerator
{
    /// <summary>The prefix of the child's result line.</summary>
    public const string Marker = "site ";

    /// <summary>Longest time a generation may take.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The result line the child prints for <paramref name="site"/>.</summary>
    public static string ResultLine(SyntheticSite site) => Marker + JsonSerializer.Serialize(site);

    /// <summary>Runs <c>bench generate</c> through <paramref name="command"/> and returns the site it wrote.</summary>
    public static async Task<SyntheticSite> RunAsync(BenchHelperProcess command, string root, SyntheticSiteOptions options, string externalOrigin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        using var process = command.Start("generate",
            ["--root", root, "--pages", options.Pages.ToString(CultureInfo.InvariantCulture), "--external-origin", externalOrigin]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        SyntheticSite? site = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(Marker, StringComparison.Ordinal))
                {
                    site = JsonSerializer.Deserialize<SyntheticSite>(line[Marker.Length..]);
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"generating the benchmark site took longer than {Timeout.TotalMinutes:F0} minutes");
        }

        return site is not null && process.ExitCode == 0
            ? site
            : throw new InvalidOperationException($"the site generator process failed (exit {process.ExitCode}): {await errors}");
    }
}
