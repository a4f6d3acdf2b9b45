using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>
/// Records certificate defects — expired, wrong name, incomplete chain, self-signed, untrusted root —
/// per host and then accepts the certificate, so a defect is reported as a finding of its own and
/// never hides the evidence behind it (browsers often tolerate an incomplete chain; the assessor
/// still sees the page).
/// </summary>
public sealed class TlsInspector
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TlsFinding>> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly ILogger<TlsInspector> _logger;

    public TlsInspector(TimeProvider time, ILogger<TlsInspector> logger)
    {
        _time = time;
        _logger = logger;
    }

    /// <summary>Hosts with at least one defect.</summary>
    public IEnumerable<string> HostsWithFindings => _byHost.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key);

    /// <summary>The defects seen on a host's certificate (empty when none or not HTTPS).</summary>
    public IReadOnlyList<TlsFinding> FindingsFor(string host) => _byHost.TryGetValue(host, out var f) ? f : [];

    /// <summary>The validation callback: records the defects, then accepts.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var host = (sender as SslStream)?.TargetHostName ?? string.Empty;
        var findings = Inspect(certificate, chain, errors);
        _byHost[host.ToLowerInvariant()] = findings;
        if (findings.Count > 0 && _logger.IsEnabled(LogLevel.Warning))
        {
            _logger.LogWarning("Certificate defects on {Host}: {Defects}; the content is read anyway", host, string.Join("; ", findings.Select(f => f.Kind + " (" + f.Detail + ")")));
        }

        return true;
    }

    /// <summary>Classifies certificate problems into finding kinds.</summary>
    public IReadOnlyList<TlsFinding> Inspect(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var list = new List<TlsFinding>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            list.Add(new TlsFinding("no-certificate", "the server sent no certificate"));
            return list;
        }

        using var cert = certificate is null ? null : new X509Certificate2(certificate);
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            list.Add(new TlsFinding("name-mismatch", $"the certificate is for {cert?.GetNameInfo(X509NameType.DnsName, false) ?? "another name"}"));
        }

        var now = _time.GetUtcNow();
        if (cert is not null && cert.NotAfter.ToUniversalTime() < now.UtcDateTime)
        {
            list.Add(new TlsFinding("expired", $"expired on {cert.NotAfter.ToUniversalTime():yyyy-MM-dd}"));
        }
        else if (cert is not null && cert.NotBefore.ToUniversalTime() > now.UtcDateTime)
        {
            list.Add(new TlsFinding("not-yet-valid", $"valid only from {cert.NotBefore.ToUniversalTime():yyyy-MM-dd}"));
        }

        if (!errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) || chain is null)
        {
            return list;
        }

        var statuses = chain.ChainStatus.Select(s => s.Status).Aggregate(X509ChainStatusFlags.NoError, (a, b) => a | b);
        var selfSigned = cert is not null && cert.SubjectName.RawData.AsSpan().SequenceEqual(cert.IssuerName.RawData);
        if (selfSigned)
        {
            list.Add(new TlsFinding("self-signed", "the certificate is signed by itself, not by a certificate authority"));
        }
        else if (statuses.HasFlag(X509ChainStatusFlags.PartialChain))
        {
            list.Add(new TlsFinding("incomplete-chain", "the server does not send the intermediate certificate(s); some browsers and tools fail"));
        }
        else if (statuses.HasFlag(X509ChainStatusFlags.UntrustedRoot))
        {
            list.Add(new TlsFinding("untrusted-root", "the certificate chain ends in a root that is not trusted"));
        }

        if (statuses.HasFlag(X509ChainStatusFlags.Revoked))
        {
            list.Add(new TlsFinding("revoked", "the certificate has been revoked"));
        }

        if (statuses.HasFlag(X509ChainStatusFlags.NotTimeValid) && !list.Any(f => f.Kind is "expired" or "not-yet-valid"))
        {
            list.Add(new TlsFinding("expired", "a certificate in the chain is outside its validity period"));
        }

        var other = statuses & ~(X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.Revoked
            | X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.RevocationStatusUnknown | X509ChainStatusFlags.OfflineRevocation);
        if (other != X509ChainStatusFlags.NoError && list.Count == 0)
        {
            list.Add(new TlsFinding("chain-error", other.ToString()));
        }

        return list;
    }
}
