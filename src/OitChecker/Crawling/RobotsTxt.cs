using System.Globalization;
using System.Text.RegularExpressions;

namespace OitChecker.Crawling;

/// <summary>
/// A parsed robots.txt (RFC 9309): the rules of the group that names our product token, or of the
/// "*" group; longest match wins, Allow wins a tie; "*" and "$" wildcards; plus Crawl-delay and the
/// Sitemap: lines (which are seeds).
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(bool Allow, string Pattern, Regex? Regex)> _rules;

    private RobotsTxt(List<(bool Allow, string Pattern, Regex? Regex)> rules, TimeSpan? crawlDelay, List<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>No rules: everything allowed (missing or unreadable robots.txt).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, []);

    /// <summary>The Crawl-delay of the selected group, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Absolute sitemap URLs listed with Sitemap: lines.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Number of rules in the selected group.</summary>
    public int RuleCount => _rules.Count;

    /// <summary>Parses robots.txt text for a crawler whose product token is <paramref name="productToken"/>.</summary>
    public static RobotsTxt Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)>();
        var sitemaps = new List<string>();
        (List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Value.Rules.Add((key == "allow", value));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var secs) && secs >= 0)
                    {
                        var g = current.Value;
                        groups[groups.Count - 1] = (g.Agents, g.Rules, TimeSpan.FromSeconds(secs));
                        current = groups[^1];
                    }

                    break;
                case "sitemap":
                    if (Uri.TryCreate(value, UriKind.Absolute, out _))
                    {
                        sitemaps.Add(value);
                    }

                    break;
            }

            lastWasAgent = false;
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && a.Length > 0 && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var rules = mine.SelectMany(g => g.Rules).Select(r => (r.Item1, r.Item2, Compile(r.Item2))).ToList();
        var delay = mine.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsTxt(rules, delay, sitemaps);
    }

    /// <summary>True when the path (with query) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery) => Decide(pathAndQuery).Allowed;

    /// <summary>The decision and the rule that made it (for the log).</summary>
    public (bool Allowed, string? Rule) Decide(string pathAndQuery)
    {
        if (_rules.Count == 0)
        {
            return (true, null);
        }

        var path = UrlNormalizer.Escapes(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        var best = -1;
        var allowed = true;
        string? rule = null;
        foreach (var (allow, pattern, regex) in _rules)
        {
            var match = regex is null ? path.StartsWith(UrlNormalizer.Escapes(pattern), StringComparison.Ordinal) : regex.IsMatch(path);
            if (!match)
            {
                continue;
            }

            if (pattern.Length > best || (pattern.Length == best && allow))
            {
                best = pattern.Length;
                allowed = allow;
                rule = (allow ? "Allow: " : "Disallow: ") + pattern;
            }
        }

        return (allowed, rule);
    }

    private static Regex? Compile(string pattern)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.EndsWith('$'))
        {
            return null;
        }

        var anchored = pattern.EndsWith('$');
        var body = UrlNormalizer.Escapes(anchored ? pattern[..^1] : pattern);
        var re = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : string.Empty);
        return new Regex(re, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
