namespace OitChecker.Crawling;

/// <summary>
/// Steers the frontier: how interesting a discovered link is, and when everything the run looks for
/// has been settled so the long tail (news archives, galleries) can be skipped.
/// </summary>
public interface ICrawlFocus
{
    /// <summary>Interest in a link, 0 (long tail) to 100 (an ITA/OIT index page). Higher is fetched first.</summary>
    int Priority(LinkRef link, PageSnapshot foundOn);

    /// <summary>Sees every stored snapshot (called once per snapshot, from several threads).</summary>
    void Observe(PageSnapshot page);

    /// <summary>True when every item is settled; the crawl then stops exploring unless --full-crawl.</summary>
    bool AllSettled { get; }

    /// <summary>Why the focus is (not yet) settled, for the log.</summary>
    string Describe();
}
