using System.Diagnostics;
using System.Text;
using OitChecker.Cli.Hosting;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>
/// A real <c>dotnet oitcheck.dll serve …</c> child process, with the test-only ledger runner bound, its output
/// captured for diagnostics; stopped with SIGTERM (as systemd does) or killed with SIGKILL.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts a node; with a <paramref name="ledger"/> the test-only ledger runner replaces the real pipeline. The
    /// program is this build's <c>dotnet oitcheck.dll</c>, or <paramref name="executable"/> (a native build).
    /// </summary>
    public static ServeProcess Start(string workingDirectory, IEnumerable<string> arguments, Ledger? ledger, string node, IReadOnlyDictionary<string, string>? environment = null, string? executable = null)
    {
        var info = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (executable is null)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "oitcheck.dll"));
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        if (ledger is not null)
        {
            info.Environment[CheckRunnerRegistration.TestOnlyVariable] =
                Path.Combine(AppContext.BaseDirectory, "OitChecker.Testing.dll") + "#" + typeof(LedgerCheckRunner).FullName;
            info.Environment[Ledger.Variable] = ledger.Spec;
            info.Environment[LedgerCheckRunner.NodeVariable] = node;
        }

        info.Environment["OITCHECK_LOG_LEVEL"] = "Information";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        var process = new Process { StartInfo = info };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Sends SIGTERM, as <c>systemctl stop</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: the node dies on the spot, as in a crash or power loss.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    /// <summary>The exit code, or null when the process did not exit within the timeout.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // flush the redirected output
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
