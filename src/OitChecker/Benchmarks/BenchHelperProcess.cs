using System.Diagnostics;

namespace OitChecker.Benchmarks;

/// <summary>
/// How to start this executable's hidden <c>bench</c> helpers (<c>serve</c>, <c>generate</c>): the program and
/// the arguments before the helper's name (<c>bench</c>, preceded by the assembly when run through <c>dotnet</c>).
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
}
