using Microsoft.Extensions.Hosting;

namespace OitChecker.Serving;

/// <summary>
/// The lifetime of a server embedded in another program (the sample site of <c>check --sample</c>, the benchmark's
/// sites, tests): it hooks no process signal. With the default console lifetime, <c>bench serve</c> kept running
/// after SIGTERM and Ctrl+C (the signal stopped the server's host, not the command). The embedding program stops
/// the server by disposing it.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
