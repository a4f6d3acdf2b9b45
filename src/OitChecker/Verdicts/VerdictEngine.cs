using Microsoft.Extensions.Logging;
using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Rules;
using OitChecker.Sites;

namespace OitChecker.Verdicts;

/// <summary>
/// Gives every catalog item a verdict: finds its evidence candidates, evaluates the best few against every
/// element, and chooses the one the assessor would be shown — the pinned URL when there is one, else the ITA
/// index entry of the assessment year, else the best match. Prefers "fail" or "manual review" with a reason over
/// a confident wrong pass: a weak match never passes on its own.
/// </summary>
public sealed class VerdictEngine(RuleSet rules, ILogger<VerdictEngine> logger)
{
    /// <summary>Candidates evaluated per item (the pinned URL and index entries always are).</summary>
    public const int CandidatesEvaluated = 4;

    /// <summary>Builds the site index from the store and judges the given items.</summary>
    public async Task<(IReadOnlyList<ItemVerdict> Verdicts, SiteIndex Index)> JudgeAsync(
        OitCatalog catalog, SiteConfig site, IPageStore store, IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(items);
        var matchers = catalog.Items.Select(i => new ItemMatcher(i)).ToList();
        var index = await SiteIndexBuilder.BuildAsync(store, matchers, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Site index: {Pages} pages, {IndexPages} ITA index pages, {Entries} index entries, {Links} matching links",
                index.Pages.Count(), index.IndexPages.Count, index.IndexEntries.Count, index.Links.Count);
        }

        var finder = new CandidateFinder(index, catalog.Year, site.PinnedUrl);
        var loader = new EvidenceBundleLoader(store, index);
        var hosts = new SiteHosts(site.MainUrl, site.ExtraHosts);
        var verdicts = new List<ItemVerdict>();
        foreach (var item in items)
        {
            var matcher = matchers.First(m => m.Item.Code == item.Code);
            verdicts.Add(await JudgeItemAsync(item, matcher, finder, loader, index, catalog, site, hosts, cancellationToken));
        }

        return (ScoreCalculator.WithCosts(catalog, verdicts), index);
    }

    private async Task<ItemVerdict> JudgeItemAsync(CatalogItem item, ItemMatcher matcher, CandidateFinder finder, EvidenceBundleLoader loader,
        SiteIndex index, OitCatalog catalog, SiteConfig site, SiteHosts hosts, CancellationToken ct)
    {
        var found = finder.Find(matcher);
        var evaluations = new List<CandidateEvaluation>();
        var toEvaluate = found.Candidates
            .Where(c => c.Source is "pinned" or "index" || index.Find(c.Url) is not null || !hosts.IsOwnUrl(c.Url))
            .Take(CandidatesEvaluated)
            .Concat(found.Candidates.Where(c => c.Source is "pinned" or "index"))
            .Distinct()
            .ToList();
        foreach (var candidate in toEvaluate)
        {
            var bundle = await loader.LoadAsync(candidate, matcher, ct);
            var context = new RuleContext(item, bundle, index, catalog.FiscalYear, hosts);
            evaluations.Add(CandidateEvaluation.From(candidate, Evaluate(item, context)));
        }

        var chosen = Choose(evaluations);
        var verdict = Build(item, site, found, chosen, evaluations);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("{Code}: {Verdict} {FailKinds} via {Source} {Url}", item.Code, verdict.Verdict, string.Join(",", verdict.FailKinds), chosen?.Candidate.Source, chosen?.Candidate.Url);
        }

        return verdict;
    }

    private List<ElementResult> Evaluate(CatalogItem item, RuleContext context)
    {
        var results = new List<ElementResult>();
        var reachable = item.Elements.Where(e => e.Kind == ElementKind.Reachable).ToList();
        var spec = reachable.FirstOrDefault() ?? new ReachableElement("reachable", null, null, true);
        var first = rules.For(ElementKind.Reachable).Evaluate(spec, context);
        results.Add(first);
        var blocked = first.Outcome is ElementOutcome.Fail or ElementOutcome.NotChecked;
        foreach (var e in item.Elements.Where(e => e.Kind != ElementKind.Reachable))
        {
            results.Add(blocked
                ? new ElementResult(e.Id, e.Kind, ElementOutcome.NotChecked, null,
                    new Reason("ไม่ได้ตรวจ เพราะเปิดหลักฐานไม่ได้", "not checked: the evidence does not open"), [])
                : rules.For(e.Kind).Evaluate(e, context));
        }

        return results;
    }

    /// <summary>The pinned URL decides when there is one; else this year's index entry; else the best evaluation.</summary>
    private static CandidateEvaluation? Choose(List<CandidateEvaluation> evaluations)
    {
        static CandidateEvaluation? Best(IEnumerable<CandidateEvaluation> list) =>
            list.OrderBy(e => e.Rank).ThenByDescending(e => e.Candidate.Score).FirstOrDefault();

        return evaluations.FirstOrDefault(e => e.Candidate.Source == "pinned")
            ?? Best(evaluations.Where(e => e.Candidate.Source == "index"))
            ?? Best(evaluations);
    }

    private static ItemVerdict Build(CatalogItem item, SiteConfig site, ItemCandidates found, CandidateEvaluation? chosen, List<CandidateEvaluation> all)
    {
        var baseVerdict = new ItemVerdict
        {
            Code = item.Code,
            TitleTh = item.TitleTh,
            TitleEn = item.TitleEn,
            SubIndicator = item.SubIndicator,
            Division = site.DivisionFor(item.Code, item.Division),
            Confidence = item.Confidence,
            FixHintTh = item.FixHintTh,
            FixHintEn = item.FixHintEn,
            Evidence = found.Candidates.Take(5).ToList(),
        };

        if (chosen is null)
        {
            return baseVerdict with { Verdict = Verdict.Fail, FailKinds = [FailKind.Missing], Reasons = MissingReasons(item, found) };
        }

        var reasons = chosen.Elements
            .Where(e => e.Outcome is ElementOutcome.Fail or ElementOutcome.ManualReview || (e.Outcome == ElementOutcome.NotChecked && e.Kind == ElementKind.Reachable))
            .OrderBy(e => e.Outcome == ElementOutcome.Fail ? 0 : 1)
            .Select(e => e.Reason)
            .ToList();
        var verdict = chosen.Verdict;
        if (verdict == Verdict.Pass && chosen.Candidate.Score < CandidateFinder.StrongScore)
        {
            verdict = Verdict.ManualReview;
            reasons.Add(new Reason(
                $"พบหลักฐานจากการจับคู่แบบอ่อน ({chosen.Candidate.Reason.Th}) ตรวจให้แน่ใจว่าเป็นหน้าที่ถูกต้อง และลิงก์จากเมนูหรือหน้า ITA",
                $"found only by a weak match ({chosen.Candidate.Reason.En}); confirm it is the right page and link it from the menu or the ITA page"));
        }

        if (verdict != Verdict.Pass && all.FirstOrDefault(e => e.Verdict == Verdict.Pass && e != chosen) is { } better)
        {
            reasons.Add(new Reason(
                $"หน้า {better.Candidate.Url} ดูครบถ้วน ควรใช้ URL นี้ในหน้า ITA และในระบบ ITAS",
                $"{better.Candidate.Url} looks complete; use it on the ITA page and in ITAS"));
        }

        reasons.Add(new Reason($"หลักฐานที่ใช้: {chosen.Candidate.Url} ({chosen.Candidate.Reason.Th})", $"evidence used: {chosen.Candidate.Url} ({chosen.Candidate.Reason.En})"));
        return baseVerdict with
        {
            Verdict = verdict,
            FailKinds = chosen.FailKinds,
            Url = chosen.Candidate.Url,
            Elements = chosen.Elements,
            Reasons = reasons,
        };
    }

    private static List<Reason> MissingReasons(CatalogItem item, ItemCandidates found)
    {
        var reasons = new List<Reason>();
        if (found.IndexEntries.Count > 0 && found.IndexEntries.All(e => e.LinksNowhere))
        {
            var page = found.IndexEntries[0].IndexPage;
            reasons.Add(new Reason($"หน้า ITA {page} มีหัวข้อ {item.Code} แต่ลิงก์ไม่ได้ชี้ไปที่ข้อมูลใด (#)",
                $"the ITA page {page} lists {item.Code} but its link goes nowhere (#)"));
        }

        if (found.OtherYearEntries.Count > 0)
        {
            var years = string.Join(", ", found.OtherYearEntries.Select(e => e.Year).Distinct());
            reasons.Add(new Reason($"หน้า ITA มี {item.Code} เฉพาะของปี {years} ไม่ใช่ปีที่ประเมิน",
                $"the ITA page has {item.Code} only under {years}, not the assessed year"));
        }

        reasons.Add(new Reason(
            $"ไม่พบหน้าเว็บหรือเอกสารของ \"{item.TitleTh}\" บนเว็บไซต์ (ค้นจากหน้า ITA เมนู ชื่อหน้า หัวข้อ และเนื้อหาเอกสาร)",
            $"no page or document for \"{item.TitleEn}\" was found on the site (searched ITA pages, menus, titles, headings and document text)"));
        return reasons;
    }
}
