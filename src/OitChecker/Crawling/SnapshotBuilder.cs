using System.Security.Cryptography;
using OitChecker.Documents;

namespace OitChecker.Crawling;

/// <summary>
/// Turns a fetch result into a <see cref="PageSnapshot"/>: sniffs what the body really is, decodes and
/// parses HTML, reads documents, and decides soft-404, login and document-mismatch. Also returns the
/// parsed page so the crawler can follow its links without parsing twice.
/// </summary>
internal static class SnapshotBuilder
{
    public static (PageSnapshot Snapshot, HtmlPage? Page) Build(
        FetchResult r, int depth, string? foundOn, bool external, IReadOnlyList<TlsFinding> tls, Soft404Probe? probe, DateTimeOffset now)
    {
        var snapshot = new PageSnapshot
        {
            Url = r.Url,
            FinalUrl = r.FinalUrl,
            RedirectChain = r.Chain,
            Status = r.Status,
            Outcome = r.Outcome,
            Error = r.Error,
            Kind = ResourceKind.None,
            ContentType = r.ContentType,
            Depth = depth,
            FoundOn = foundOn,
            Truncated = r.Truncated,
            Tls = tls,
            Timings = r.Timings,
            Bytes = r.Bytes,
            ETag = r.ETag,
            LastModified = r.LastModified,
            ContentHash = r.Body.Length > 0 && !r.Partial ? Convert.ToHexStringLower(SHA256.HashData(r.Body)) : null,
            FetchedAt = now,
        };

        if (external)
        {
            return (snapshot with { Kind = ResourceKind.External }, null);
        }

        var redirected = r.Chain.Count > 0;
        if (r.Outcome != FetchOutcome.Ok)
        {
            var login = r.Status is 401 or 403 && r.Outcome != FetchOutcome.Blocked ? LoginDetector.Detect(r.Status, r.Url, r.FinalUrl, redirected, null) : null;
            return (snapshot with { RequiresLogin = login is not null, Error = login ?? r.Error }, null);
        }

        var path = new Uri(r.Url).AbsolutePath;
        var claimed = DocumentSniffer.Claimed(r.ContentType, path) ?? DocumentSniffer.Claimed(null, new Uri(r.FinalUrl).AbsolutePath);
        var claimsDocument = claimed is { } c && DocumentSniffer.IsDocument(c);
        var format = DocumentSniffer.Sniff(r.Body, r.ContentType, path);
        if (format == ContentFormat.Html)
        {
            return Html(r, snapshot, claimsDocument, probe);
        }

        if (DocumentSniffer.IsDocument(format))
        {
            var doc = DocumentReader.Read(r.Body, format, r.Truncated, r.ContentLength);
            return (snapshot with
            {
                Kind = ResourceKind.Document,
                Document = doc.Facts,
                Text = doc.Text,
                Error = doc.Facts.Opens ? null : doc.Facts.Error,
            }, null);
        }

        return (snapshot with
        {
            Kind = ResourceKind.Other,
            DocumentMismatch = claimsDocument,
            Error = claimsDocument ? $"linked as a {DocumentSniffer.TypeName(claimed!.Value)} document but the content is {format}" : null,
        }, null);
    }

    private static (PageSnapshot, HtmlPage) Html(FetchResult r, PageSnapshot snapshot, bool claimsDocument, Soft404Probe? probe)
    {
        var decoded = CharsetResolver.Decode(r.Body, r.ContentType);
        var page = HtmlExtractor.Extract(decoded.Text, new Uri(r.FinalUrl));
        var redirected = r.Chain.Count > 0;
        var soft = Soft404Detector.ByPhrases(page, r.Status) ?? Soft404Detector.ByProbe(r.Url, r.FinalUrl, redirected, page, probe);
        var login = LoginDetector.Detect(r.Status, r.Url, r.FinalUrl, redirected, page);
        string? error = null;
        if (claimsDocument)
        {
            error = "linked as a document but the server answers with an HTML page" + (page.Title is null ? string.Empty : $" (\"{page.Title}\")");
        }
        else if (soft is not null)
        {
            error = "soft 404: " + soft;
        }
        else if (login is not null)
        {
            error = "login required: " + login;
        }

        return (snapshot with
        {
            Kind = ResourceKind.Html,
            Encoding = decoded.EncodingName,
            Title = page.Title,
            Headings = page.Headings,
            Text = page.Text,
            Links = page.Links,
            Tables = page.Tables,
            Forms = page.Forms,
            Images = page.Images,
            IsSoft404 = soft is not null,
            ScriptShell = page.ScriptShell,
            RequiresLogin = login is not null,
            DocumentMismatch = claimsDocument,
            Error = error,
        }, page);
    }
}
