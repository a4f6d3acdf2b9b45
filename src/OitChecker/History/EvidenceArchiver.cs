using System.Globalization;
using Microsoft.Extensions.Logging;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Verdicts;

namespace OitChecker.History;

/// <summary>
/// The evidence archive: when an item passes, its evidence is hashed and a size-capped copy kept, so that
/// later the content behind a pinned URL — the link submitted to ITAS, which the assessor re-checks — can be
/// compared with what was there when it passed. A change or a disappearance becomes a run finding and an
/// admin alert. Inconclusive runs neither archive nor alert.
/// </summary>
public sealed class EvidenceArchiver(HistoryStore store, TimeProvider time, ILogger<EvidenceArchiver> logger)
{
    /// <summary>Compares pinned URLs with their archived copies and prepares copies of passing evidence.</summary>
    public async Task<ArchiveCheck> CheckAsync(RunResult result, SiteConfig site, IEvidenceSource source, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(source);
        if (result.Status == RunStatus.Inconclusive)
        {
            return ArchiveCheck.None;
        }

        var findings = new List<RunFinding>();
        foreach (var (code, pinned) in PinnedUrls(result, site))
        {
            var f = await ComparePinnedAsync(site.Id, code, pinned, source, cancellationToken);
            if (f is not null)
            {
                findings.Add(f);
            }
        }

        var archive = new List<ArchivedEvidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in result.Items.Where(i => i.Verdict == Verdict.Pass && i.Url is not null))
        {
            if (!seen.Add(item.Url!))
            {
                continue;
            }

            var copy = await CopyAsync(result, site.Id, item.Code, item.Url!, source, maxBytes, cancellationToken);
            if (copy is not null)
            {
                archive.Add(copy);
            }
        }

        return new ArchiveCheck(archive, findings);
    }

    private static IEnumerable<(string Code, string Url)> PinnedUrls(RunResult result, SiteConfig site) =>
        result.Items
            .Select(i => (i.Code, Url: site.PinnedUrl(i.Code)))
            .Where(p => p.Url is not null)
            .Select(p => (p.Code, p.Url!));

    private async Task<RunFinding?> ComparePinnedAsync(string siteId, string code, string url, IEvidenceSource source, CancellationToken ct)
    {
        var archived = await store.GetArchivedAsync(siteId, url, ct);
        if (archived is null)
        {
            return null;
        }

        var now = await source.TryGetAsync(url, ct);
        if (now is null)
        {
            return null;
        }

        var when = archived.ArchivedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!now.IsOk)
        {
            HistoryLog.PinnedGone(logger, url, code, now.Status, archived.ArchivedAt);
            var status = now.Status == 0 ? "no answer" : now.Status.ToString(CultureInfo.InvariantCulture);
            return new RunFinding(
                ArchiveCheck.PinnedUrlGone,
                url,
                $"{code}: URL ที่ส่งให้ ITAS ไม่มีเนื้อหาแล้ว (สถานะ {status}); สำเนาที่ผ่านเก็บไว้เมื่อ {when} / {code}: the submitted URL is gone (status {status}); last passing copy archived {when}");
        }

        var hash = ContentHasher.Hash(now.Bytes.Span, now.ContentType);
        if (hash == archived.Sha256)
        {
            return null;
        }

        HistoryLog.PinnedChanged(logger, url, code, archived.ArchivedAt, archived.Sha256, hash);
        return new RunFinding(
            ArchiveCheck.PinnedUrlChanged,
            url,
            $"{code}: เนื้อหาที่ URL ที่ส่งให้ ITAS เปลี่ยนไปจากสำเนาที่เก็บไว้เมื่อ {when} (sha256 {archived.Sha256[..12]} → {hash[..12]}) / {code}: content behind the submitted URL changed since the copy archived {when}");
    }

    private async Task<ArchivedEvidence?> CopyAsync(RunResult result, string siteId, string code, string url, IEvidenceSource source, long maxBytes, CancellationToken ct)
    {
        var content = await source.TryGetAsync(url, ct);
        if (content is null || !content.IsOk)
        {
            return null;
        }

        var hash = ContentHasher.Hash(content.Bytes.Span, content.ContentType);
        var existing = await store.GetArchivedAsync(siteId, url, ct);
        if (existing is not null && existing.Sha256 == hash)
        {
            return null;
        }

        var cap = (int)Math.Clamp(maxBytes, 0, int.MaxValue);
        var truncated = content.Bytes.Length > cap;
        var bytes = content.Bytes[..Math.Min(content.Bytes.Length, cap)].ToArray();
        HistoryLog.Archived(logger, url, code, content.Bytes.Length, hash, truncated);
        return new ArchivedEvidence(siteId, url, code, hash, content.ContentType, content.Bytes.Length, truncated, bytes, time.GetUtcNow(), result.RunId);
    }
}
