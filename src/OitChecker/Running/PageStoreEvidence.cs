using System.Text;
using OitChecker.Crawling;
using OitChecker.History;

namespace OitChecker.Running;

/// <summary>
/// Gives the evidence archive the content behind a URL from this run's page store. The crawler keeps cleaned
/// text, not raw bytes, so the archived copy is the page's visible text (or a document's extracted text): what
/// the assessor reads, and what changes when the content changes.
/// </summary>
internal sealed class PageStoreEvidence(IPageStore store) : IEvidenceSource
{
    public async Task<EvidenceContent?> TryGetAsync(string url, CancellationToken cancellationToken)
    {
        var page = await store.GetAsync(url, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var text = string.Join("\n", new[] { page.Title ?? string.Empty }.Concat(page.Headings).Append(page.Text));
        var status = page.IsUsable ? 200 : page.Status == 0 ? 599 : page.Status is >= 200 and < 300 ? 404 : page.Status;
        return new EvidenceContent(url, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }
}
