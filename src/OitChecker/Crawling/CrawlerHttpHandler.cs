using System.Net;
using System.Net.Sockets;

namespace OitChecker.Crawling;

/// <summary>
/// Builds the crawler's SocketsHttpHandler: no automatic redirects (the crawler follows them itself to
/// record the chain), decompression, TLS defects recorded and accepted by the <see cref="TlsInspector"/>,
/// and a ConnectCallback that resolves names itself and lets the <see cref="AddressGuard"/> refuse private
/// addresses reached through external links.
/// </summary>
public static class CrawlerHttpHandler
{
    /// <summary>Creates the handler.</summary>
    public static SocketsHttpHandler Create(TlsInspector tls, AddressGuard guard, TimeSpan connectTimeout)
    {
        ArgumentNullException.ThrowIfNull(tls);
        ArgumentNullException.ThrowIfNull(guard);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            ConnectTimeout = connectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 16,
            SslOptions = { RemoteCertificateValidationCallback = tls.Validate },
        };
        handler.ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var external = context.InitialRequestMessage.Options.TryGetValue(AddressGuard.ExternalRequest, out var ext) && ext;
            IReadOnlyList<IPAddress> addresses = IPAddress.TryParse(host.Trim('[', ']'), out var ip)
                ? [ip]
                : await Dns.GetHostAddressesAsync(host, ct);
            addresses = guard.Filter(host, addresses, external);
            Exception? last = null;
            foreach (var address in addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1))
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException ex)
                {
                    socket.Dispose();
                    last = ex;
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }

            throw last ?? new SocketException((int)SocketError.HostNotFound);
        };
        return handler;
    }
}
