namespace OitChecker.Scheduling;

/// <summary>
/// What the watch probes for a site: the main page (an outage there concerns the administrators) and every
/// pinned item URL — the answers submitted to ITAS, which the assessor opens — grouped when items share a URL.
/// </summary>
public static class ProbeTargets
{
    public static IReadOnlyList<ProbeTarget> For(ScheduledSite scheduled)
    {
        ArgumentNullException.ThrowIfNull(scheduled);
        var site = scheduled.Site;
        var admins = site.Mail.Admin;
        var main = site.MainUrl.ToString();
        var targets = new List<ProbeTarget> { new(main, [], [], admins.Distinct(StringComparer.OrdinalIgnoreCase).ToList()) };

        var pinned = site.Items.Values
            .Where(o => !string.IsNullOrWhiteSpace(o.PinnedUrl))
            .GroupBy(o => o.PinnedUrl!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in pinned)
        {
            var codes = group.Select(o => o.Code).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var divisions = codes
                .Select(code => site.DivisionFor(code, scheduled.Catalog.Find(code)?.Division ?? string.Empty))
                .Where(slug => slug.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            var recipients = divisions
                .SelectMany(slug => site.FindDivision(slug)?.Emails ?? [])
                .Concat(admins)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (group.Key == main)
            {
                targets[0] = new ProbeTarget(main, codes, divisions, recipients);
            }
            else
            {
                targets.Add(new ProbeTarget(group.Key, codes, divisions, recipients));
            }
        }

        return targets;
    }
}
