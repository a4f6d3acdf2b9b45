namespace OitChecker.Crawling;

/// <summary>A URL waiting to be fetched.</summary>
/// <param name="Url">Canonical URL.</param>
/// <param name="Host">Its host (politeness key).</param>
/// <param name="Depth">Link depth from the start page.</param>
/// <param name="FoundOn">The page (or sitemap) it was first found on.</param>
/// <param name="Interest">Focus priority, 0–100 (higher first).</param>
/// <param name="Must">Always fetched, whatever the limits and focus (start page, pinned URLs).</param>
/// <param name="External">Only checked (HEAD / small GET), never parsed or followed.</param>
/// <param name="FollowLinks">Follow the page's links (false for pinned URLs on foreign hosts).</param>
internal sealed record FrontierItem(string Url, string Host, int Depth, string? FoundOn, int Interest, bool Must, bool External, bool FollowLinks = true);
