using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Rules;
using OitChecker.Verdicts;

namespace OitChecker.Testing.Builders;

/// <summary>An in-memory site (page store + site index) for rule tests: add pages, then ask for a rule context.</summary>
public sealed class EvidenceFixture
{
    private readonly InMemoryPageStore _store = new();

    public IPageStore Store => _store;

    /// <summary>The site's main URL (its host is the main website of the rule context).</summary>
    public string SiteUrl { get; init; } = Pages.Site;

    public EvidenceFixture Add(params PageSnapshot[] pages)
    {
        foreach (var p in pages)
        {
            _store.AddAsync(p).AsTask().GetAwaiter().GetResult();
        }

        return this;
    }

    /// <summary>The rule context of an item with the given URL as its evidence candidate.</summary>
    public async Task<RuleContext> ContextAsync(CatalogItem item, string url, int fiscalYear = 2565, params string[] extraHosts)
    {
        var matcher = new ItemMatcher(item);
        var index = await SiteIndexBuilder.BuildAsync(_store, [matcher]);
        var candidate = new EvidenceCandidate(Pages.Url(url), "link-text", 80, new Reason("ทดสอบ", "test"), null);
        var bundle = await new EvidenceBundleLoader(_store, index).LoadAsync(candidate, matcher);
        return new RuleContext(item, bundle, index, new OitChecker.Text.FiscalYear(fiscalYear), new SiteHosts(new Uri(SiteUrl), extraHosts));
    }

    /// <summary>A catalog item with the given elements (and find terms), for rules that need one.</summary>
    public static CatalogItem Item(string code, string title, params ElementSpec[] elements) =>
        new(code, title, title, "9", "9.1", "palad", Confidence.Verified, null,
            new FindSpec([title], [], [], []), elements, "แก้ไข", null, null, 1);
}
