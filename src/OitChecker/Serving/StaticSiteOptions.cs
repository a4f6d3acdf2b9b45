namespace OitChecker.Serving;

/// <summary>What the static-site server serves and how.</summary>
public sealed record StaticSiteOptions
{
    /// <summary>The folder served (read in place, never modified).</summary>
    public required string Root { get; init; }

    /// <summary>Port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Delay added to every request (on top of _server.yaml's latency), e.g. 50 ms for the benchmark.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Rules added in code before those of _server.yaml.</summary>
    public IReadOnlyList<ServerRule> Rules { get; init; } = [];

    /// <summary>Files served from memory by decoded path (e.g. a generated /sitemap.xml), taking precedence over the folder.</summary>
    public IReadOnlyDictionary<string, (byte[] Body, string ContentType)> VirtualFiles { get; init; } = new Dictionary<string, (byte[], string)>();

    /// <summary>Read _server.yaml from the root. Default true.</summary>
    public bool UseRulesFile { get; init; } = true;
}
