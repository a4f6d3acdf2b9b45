using System.Net;
using System.Net.Sockets;

namespace OitChecker.Crawling;

/// <summary>
/// Keeps external links from reaching into private networks: a link on a public site that points (by
/// address or through DNS) to a loopback, private, link-local or carrier-grade NAT address is refused.
/// The check runs on the resolved addresses at connect time (SocketsHttpHandler.ConnectCallback), so a
/// public-looking name that resolves to 127.0.0.1 is refused as well. When the site itself lives on such
/// an address (tests, intranet installations) private addresses are allowed.
/// </summary>
public sealed class AddressGuard
{
    /// <summary>Request option marking a request that was reached through an external link.</summary>
    public static readonly HttpRequestOptionsKey<bool> ExternalRequest = new("oitchecker.external");

    /// <summary>True when external links may reach private addresses (the site itself is on one).</summary>
    public bool AllowPrivate { get; set; }

    /// <summary>True for loopback, private (RFC 1918 / ULA), link-local, CGNAT, unspecified and multicast addresses.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,
                169 => b[1] == 254,
                172 => b[1] is >= 16 and <= 31,
                192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
                >= 224 => true,
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            {
                return true;
            }

            return false;
        }

        return true;
    }

    /// <summary>The addresses a request may connect to; throws <see cref="RefusedAddressException"/> when none.</summary>
    public IReadOnlyList<IPAddress> Filter(string host, IReadOnlyList<IPAddress> addresses, bool external)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (!external || AllowPrivate)
        {
            return addresses;
        }

        var allowed = addresses.Where(a => !IsPrivate(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new RefusedAddressException($"refused: {host} resolves only to private, loopback or link-local addresses ({string.Join(", ", addresses)}) and was reached through an external link");
        }

        return allowed;
    }
}
