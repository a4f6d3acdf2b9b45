using System.Diagnostics;

namespace OitChecker.Benchmarks;

/// <summary>
/// The benchmark site served by a child process (<c>oitcheck bench serve</c>), so the crawler's peak
/// working set is measured without the server's — as it is for wget, linkchecker and linkinator.
/// </summary>
public sealed class ChildSiteServer : IAsyncDisposable
{
    private readonly Process _process;

    private ChildSiteServer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The served site's root URL.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Processor time the server process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts <c>bench serve --root</c> through <paramref name="command"/>, waits for its "listening URL" line.</summary>
    public static async Task<ChildSiteServer> StartAsync(BenchHelperProcess command, string root, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var process = command.Start("serve", ["--root", root, "--parent-pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("listening ", StringComparison.Ordinal))
                {
                    return new ChildSiteServer(process, new Uri(line["listening ".Length..].Trim()));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // fall through: the child did not answer in time
        }

        process.Kill(entireProcessTree: true);
        var err = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        process.Dispose();
        throw new InvalidOperationException("the site server process did not start: " + err);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }
}
