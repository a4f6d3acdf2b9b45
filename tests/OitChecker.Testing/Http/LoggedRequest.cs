namespace OitChecker.Testing.Http;

/// <summary>One request the loopback test site received.</summary>
public sealed record LoggedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    /// <summary>A request header, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
