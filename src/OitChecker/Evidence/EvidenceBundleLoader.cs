using OitChecker.Crawling;
using OitChecker.Text;
using OitChecker.Verdicts;

namespace OitChecker.Evidence;

/// <summary>Loads the <see cref="EvidenceBundle"/> of a candidate from the page store.</summary>
public sealed class EvidenceBundleLoader(IPageStore store, SiteIndex index)
{
    /// <summary>Most children read per evidence page.</summary>
    public const int MaxChildren = 60;

    public async Task<EvidenceBundle> LoadAsync(EvidenceCandidate candidate, ItemMatcher matcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(matcher);
        var primary = await store.GetAsync(candidate.Url, cancellationToken);
        if (primary is null || primary.Kind != ResourceKind.Html || !primary.IsUsable)
        {
            return new EvidenceBundle(candidate, primary, []);
        }

        var children = new List<LinkedEvidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { primary.Url.Split('#')[0], primary.FinalUrl.Split('#')[0] };
        foreach (var link in primary.Links)
        {
            var url = link.Url.Split('#')[0];
            if (children.Count >= MaxChildren || !seen.Add(url) || index.IsNavigation(link.Url))
            {
                continue;
            }

            var info = index.Find(url);
            var isDocument = info?.Kind == ResourceKind.Document || EvidenceBundle.LooksLikeDocument(url);
            var isOffSite = Uri.TryCreate(url, UriKind.Absolute, out var u) && OffSiteHosts.ServiceName(u.Host) is not null;
            var isItemPage = info?.Kind == ResourceKind.Html && (matcher.Match(link.Text) is not null || ThaiDateFinder.Find(link.Text).Count > 0);
            if (!isDocument && !isOffSite && !isItemPage)
            {
                continue;
            }

            var snapshot = info is null ? null : await store.GetAsync(url, cancellationToken);
            children.Add(new LinkedEvidence(link, snapshot));
        }

        return new EvidenceBundle(candidate, primary, children);
    }
}
