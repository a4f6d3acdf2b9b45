using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Storage;

namespace OitChecker.Tests.Mailing;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 for mail tests: it stores every accepted
/// message with its envelope, optionally offers STARTTLS with a given certificate and requires AUTH.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    private LoopbackSmtpServer(int port, X509Certificate2? certificate, (string User, string Password)? credentials)
    {
        Port = port;
        var endpoint = new EndpointDefinitionBuilder().Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false);
        if (certificate is not null)
        {
            endpoint = endpoint.Certificate(certificate);
        }

        if (credentials is not null)
        {
            endpoint = endpoint.AuthenticationRequired(true).AllowUnsecureAuthentication(false);
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint.Build()).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        if (credentials is { } c)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) =>
            {
                AuthenticatedUsers.Add(user);
                return user == c.User && password == c.Password;
            }));
        }

        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Accepted messages: envelope recipients and the raw bytes as received.</summary>
    public List<(IReadOnlyList<string> Recipients, byte[] Raw)> Messages { get; } = [];

    public List<string> AuthenticatedUsers { get; } = [];

    /// <summary>Starts a server on <paramref name="port"/> (0 = a free port) and waits until it accepts connections.</summary>
    public static async Task<LoopbackSmtpServer> StartAsync(int port = 0, X509Certificate2? certificate = null, (string, string)? credentials = null)
    {
        var server = new LoopbackSmtpServer(port == 0 ? FreePort() : port, certificate, credentials);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.Port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>A port that nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            lock (owner.Messages)
            {
                owner.Messages.Add((transaction.To.Select(m => $"{m.User}@{m.Host}").ToList(), buffer.ToArray()));
            }

            return Task.FromResult(SmtpServer.Protocol.SmtpResponse.Ok);
        }
    }
}
