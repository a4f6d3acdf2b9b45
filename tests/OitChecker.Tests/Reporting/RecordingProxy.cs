using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// A stand-in HTTP proxy on 127.0.0.1 that answers nothing and records the first line of every request
/// (<c>CONNECT host:443</c> or <c>GET http://host/…</c>): whatever a browser pointed at it tries to fetch.
/// </summary>
internal sealed class RecordingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(string Host, string Line)> _requests = [];
    private readonly Task _loop;

    public RecordingProxy()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>Stops listening and returns the requests seen (host, request line).</summary>
    public async Task<IReadOnlyList<(string Host, string Line)>> StopAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        lock (_requests)
        {
            return _requests.ToList();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        var handlers = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                handlers.Add(RecordAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(handlers);
    }

    private async Task RecordAsync(TcpClient client)
    {
        using (client)
        {
            var line = "(no request line)";
            try
            {
                using var read = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                var buffer = new byte[4096];
                var n = await client.GetStream().ReadAsync(buffer, read.Token);
                var text = Encoding.ASCII.GetString(buffer, 0, n);
                line = text.Split("\r\n")[0];
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
            {
            }

            lock (_requests)
            {
                _requests.Add((HostOf(line), line));
            }
        }
    }

    private static string HostOf(string requestLine)
    {
        var parts = requestLine.Split(' ');
        if (parts.Length < 2)
        {
            return string.Empty;
        }

        var target = parts[1];
        return Uri.TryCreate(target, UriKind.Absolute, out var u) && u.Host.Length > 0 && target.Contains("://", StringComparison.Ordinal)
            ? u.Host
            : target.Split(':')[0];
    }
}
