using System.Text.RegularExpressions;
using MimeKit;
using OitChecker.Catalog;
using OitChecker.Configuration;
using Quartz;

namespace OitChecker.Sites;

/// <summary>Reads the sections of a site file; problems are recorded on the file being read.</summary>
internal static partial class SiteReader
{
    private static readonly Dictionary<string, RobotsPolicy> RobotsChoices = new()
    {
        ["respect"] = RobotsPolicy.Respect,
        ["ignore"] = RobotsPolicy.Ignore,
    };

    private static readonly Dictionary<string, MailDelivery> Deliveries = new()
    {
        ["outbox"] = MailDelivery.Outbox,
        ["smtp"] = MailDelivery.Smtp,
        ["none"] = MailDelivery.None,
    };

    private static readonly Dictionary<string, SmtpSecurity> Securities = new()
    {
        ["starttls"] = SmtpSecurity.StartTls,
        ["ssl"] = SmtpSecurity.Ssl,
        ["none"] = SmtpSecurity.None,
    };

    /// <summary>Digest weekdays by spelling; "off" (no digest) is the value -1.</summary>
    private static readonly Dictionary<string, int> DigestDays = new()
    {
        ["monday"] = (int)DayOfWeek.Monday,
        ["tuesday"] = (int)DayOfWeek.Tuesday,
        ["wednesday"] = (int)DayOfWeek.Wednesday,
        ["thursday"] = (int)DayOfWeek.Thursday,
        ["friday"] = (int)DayOfWeek.Friday,
        ["saturday"] = (int)DayOfWeek.Saturday,
        ["sunday"] = (int)DayOfWeek.Sunday,
        ["off"] = -1,
    };

    public static SiteConfig? Read(YamlMap root, string sourcePath, int year, string? catalogPath, OitCatalog? catalog)
    {
        var id = root.Text("id", required: true) ?? string.Empty;
        if (id.Length > 0 && !SlugRegex().IsMatch(id))
        {
            root.Error("id", $"'{id}' is not a valid site id; use lower-case letters, digits and '-' (e.g. muangklaeng)");
        }

        var name = root.Text("name", required: true) ?? string.Empty;
        var nameEn = root.Text("nameEn");
        var mainUrl = ReadUrl(root, "mainUrl", required: true);
        var extraHosts = root.Strings("extraHosts");
        foreach (var h in extraHosts.Where(h => Uri.CheckHostName(h) == UriHostNameType.Unknown || h.Contains('/', StringComparison.Ordinal)))
        {
            root.Error("extraHosts", $"'{h}' is not a host name; write only the host, e.g. eservice.example.go.th");
        }

        var divisions = ReadDivisions(root);
        var divisionMap = ReadDivisionMap(root, divisions, catalog);
        var items = ReadItems(root, divisions, catalog);
        CheckEveryItemHasADivision(root, divisions, divisionMap, items, catalog);

        var site = new SiteConfig
        {
            SourcePath = sourcePath,
            Id = id,
            NameTh = name,
            NameEn = nameEn,
            MainUrl = mainUrl ?? new Uri("http://invalid.invalid/"),
            ExtraHosts = extraHosts,
            Year = year,
            CatalogPath = catalogPath,
            Divisions = divisions,
            DivisionMap = divisionMap,
            Items = items,
            Crawl = ReadCrawl(root.Map("crawl")),
            Schedule = ReadSchedule(root.Map("schedule")),
            Watch = ReadWatch(root.Map("watch")),
            Mail = ReadMail(root.Map("mail")),
            Reports = ReadReports(root.Map("reports")),
            History = ReadHistory(root.Map("history")),
        };
        return mainUrl is null ? null : site;
    }

    private static Uri? ReadUrl(YamlMap map, string key, bool required)
    {
        var text = map.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            map.Error(key, $"'{text}' is not an absolute http or https URL (e.g. https://www.example.go.th/)");
            return null;
        }

        return uri;
    }

    private static List<DivisionConfig> ReadDivisions(YamlMap root)
    {
        var list = new List<DivisionConfig>();
        foreach (var m in root.Maps("divisions", required: true))
        {
            var slug = m.Text("slug", required: true) ?? string.Empty;
            if (slug.Length > 0 && !SlugRegex().IsMatch(slug))
            {
                m.Error("slug", $"'{slug}' is not a valid slug; use lower-case letters, digits and '-' (e.g. finance)");
            }
            else if (list.Any(d => d.Slug == slug))
            {
                m.Error("slug", $"duplicate division slug '{slug}'");
            }

            var emails = m.Strings("emails");
            foreach (var e in emails.Where(e => !MailboxAddress.TryParse(e, out var a) || !a.Address.Contains('@', StringComparison.Ordinal)))
            {
                m.Error("emails", $"'{e}' is not an e-mail address (e.g. finance@example.go.th)");
            }

            list.Add(new DivisionConfig(slug, m.Text("name", required: true) ?? string.Empty, m.Text("nameEn"), emails));
            m.RejectUnknownKeys();
        }

        return list;
    }

    private static Dictionary<string, string> ReadDivisionMap(YamlMap root, List<DivisionConfig> divisions, OitCatalog? catalog)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var m = root.Map("divisionMap");
        if (m is null)
        {
            return map;
        }

        foreach (var (k, v) in m.Node.Children)
        {
            var from = (k as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? string.Empty;
            var to = (v as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? string.Empty;
            _ = m.Get(from);
            if (catalog is not null && catalog.FindDivision(from) is null)
            {
                m.ErrorAt(k, m.KeyPath(from), $"unknown catalog division '{from}'{YamlMap.Suggest(from, catalog.Divisions.Select(d => d.Slug))}; valid: {string.Join(", ", catalog.Divisions.Select(d => d.Slug))}");
            }

            if (divisions.All(d => d.Slug != to))
            {
                m.ErrorAt(v, m.KeyPath(from), UnknownDivision(to, divisions));
            }

            map[from] = to;
        }

        return map;
    }

    private static Dictionary<string, ItemOverride> ReadItems(YamlMap root, List<DivisionConfig> divisions, OitCatalog? catalog)
    {
        var result = new Dictionary<string, ItemOverride>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, keyNode, m) in root.Entries("items"))
        {
            if (catalog is not null && catalog.Find(code) is null)
            {
                m.ErrorAt(keyNode, m.Path, $"unknown item '{code}' for assessment year {catalog.Year}{YamlMap.Suggest(code, catalog.Items.Select(i => i.Code))}; valid: {CrosswalkLoader.DescribeCodes(catalog.Items.Select(i => i.Code))}");
            }

            var division = m.Text("division");
            if (division is not null && divisions.All(d => d.Slug != division))
            {
                m.Error("division", UnknownDivision(division, divisions));
            }

            var url = ReadUrl(m, "url", required: false);
            result[code] = new ItemOverride(code, division, url?.AbsoluteUri, m.Text("note"));
            m.RejectUnknownKeys();
        }

        return result;
    }

    private static void CheckEveryItemHasADivision(YamlMap root, List<DivisionConfig> divisions, Dictionary<string, string> divisionMap,
        Dictionary<string, ItemOverride> items, OitCatalog? catalog)
    {
        if (catalog is null || divisions.Count == 0)
        {
            return;
        }

        // items with an explicit division override were checked where the override stands
        var missing = catalog.Items
            .Where(i => !items.TryGetValue(i.Code, out var o) || o.Division is null)
            .Select(i => (i.Code, Slug: divisionMap.TryGetValue(i.Division, out var mapped) ? mapped : i.Division))
            .Where(x => divisions.All(d => d.Slug != x.Slug))
            .GroupBy(x => x.Slug)
            .ToList();
        foreach (var g in missing)
        {
            root.Error("divisions", $"catalog division '{g.Key}' (items {string.Join(", ", g.Select(x => x.Code))}) has no division here; add a division with slug '{g.Key}' or map it in divisionMap (valid targets: {string.Join(", ", divisions.Select(d => d.Slug))})");
        }
    }

    private static CrawlSettings ReadCrawl(YamlMap? m)
    {
        var d = new CrawlSettings();
        if (m is null)
        {
            return d;
        }

        var s = new CrawlSettings
        {
            MaxPages = m.Number("maxPages", 1, 1_000_000) ?? d.MaxPages,
            MaxDepth = m.Number("maxDepth", 0, 100) ?? d.MaxDepth,
            MaxBytesPerResponse = m.Size("maxBytesPerResponse", 1024, 2L * 1024 * 1024 * 1024) ?? d.MaxBytesPerResponse,
            MaxDuration = m.Duration("maxDuration", TimeSpan.FromSeconds(10), TimeSpan.FromDays(1)) ?? d.MaxDuration,
            Concurrency = m.Number("concurrency", 1, 64) ?? d.Concurrency,
            Delay = m.Duration("delay", TimeSpan.Zero, TimeSpan.FromMinutes(5)) ?? d.Delay,
            RequestTimeout = m.Duration("requestTimeout", TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)) ?? d.RequestTimeout,
            Retries = m.Number("retries", 0, 10) ?? d.Retries,
            Robots = m.Choice("robots", RobotsChoices) ?? d.Robots,
            Sitemaps = m.Flag("sitemaps") ?? d.Sitemaps,
            CheckExternal = m.Flag("checkExternal") ?? d.CheckExternal,
            FullCrawl = m.Flag("fullCrawl") ?? d.FullCrawl,
            UserAgent = m.Text("userAgent") ?? d.UserAgent,
            Exclude = m.Strings("exclude"),
        };
        m.RejectUnknownKeys();
        return s;
    }

    private static ScheduleSettings ReadSchedule(YamlMap? m)
    {
        var d = new ScheduleSettings();
        if (m is null)
        {
            return d;
        }

        var cron = m.Text("cron") ?? d.Cron;
        if (m.Has("cron") && !CronExpression.TryParse(cron, out _))
        {
            m.Error("cron", $"'{cron}' is not a valid Quartz cron expression ({CronProblem(cron)}); the form is 'seconds minutes hours day-of-month month day-of-week', e.g. '0 30 4 * * ?' for 04:30 daily");
        }

        var tz = m.Text("timeZone") ?? d.TimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
        {
            m.Error("timeZone", $"unknown time zone '{tz}'; use an IANA name such as Asia/Bangkok");
        }

        var s = new ScheduleSettings { Cron = cron, TimeZone = tz, Enabled = m.Flag("enabled") ?? d.Enabled };
        m.RejectUnknownKeys();
        return s;
    }

    private static WatchSettings ReadWatch(YamlMap? m)
    {
        var d = new WatchSettings();
        if (m is null)
        {
            return d;
        }

        var s = new WatchSettings
        {
            Enabled = m.Flag("enabled") ?? d.Enabled,
            Every = m.Duration("every", TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)) ?? d.Every,
            FromMonth = m.Number("fromMonth", 1, 12, hint: " (months are 1–12; February is 2)") ?? d.FromMonth,
            ToMonth = m.Number("toMonth", 1, 12, hint: " (months are 1–12; July is 7)") ?? d.ToMonth,
            OutageAfter = m.Number("outageAfter", 1, 100) ?? d.OutageAfter,
        };
        m.RejectUnknownKeys();
        return s;
    }

    private static MailSettings ReadMail(YamlMap? m)
    {
        var d = new MailSettings();
        if (m is null)
        {
            return d;
        }

        foreach (var secret in new[] { "password", "user", "username" })
        {
            if (m.Node.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Any(k => k.Value == secret))
            {
                _ = m.Get(secret);
                m.Error(secret, $"secrets are never stored in the site file; name an environment variable instead ({(secret == "password" ? "passwordEnv" : "userEnv")}: OIT_SMTP_{(secret == "password" ? "PASSWORD" : "USER")})");
            }
        }

        var delivery = m.Choice("delivery", Deliveries) ?? d.Delivery;
        var smtp = m.Map("smtp");
        var s = new MailSettings
        {
            Delivery = delivery,
            From = m.Text("from") ?? d.From,
            FromName = m.Text("fromName"),
            Outbox = m.Text("outbox") ?? d.Outbox,
            Admin = m.Strings("admin"),
            Digest = ReadDigest(m, d.Digest),
            SmtpHost = smtp?.Text("host", required: delivery == MailDelivery.Smtp),
            SmtpPort = smtp?.Number("port", 1, 65535) ?? d.SmtpPort,
            Security = smtp?.Choice("security", Securities) ?? d.Security,
            UserEnv = smtp?.Text("userEnv"),
            PasswordEnv = smtp?.Text("passwordEnv"),
        };
        if (smtp is not null)
        {
            foreach (var secret in new[] { "password", "user", "username" })
            {
                if (smtp.Node.Children.Keys.OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Any(k => k.Value == secret))
                {
                    _ = smtp.Get(secret);
                    smtp.Error(secret, $"secrets are never stored in the site file; name an environment variable instead ({(secret == "password" ? "passwordEnv" : "userEnv")}: OIT_SMTP_{(secret == "password" ? "PASSWORD" : "USER")})");
                }
            }

            smtp.RejectUnknownKeys();
        }
        else if (delivery == MailDelivery.Smtp)
        {
            m.Error("smtp", "delivery is smtp but there is no smtp section (host, port, security, userEnv, passwordEnv)");
        }

        foreach (var a in s.Admin.Where(a => !MailboxAddress.TryParse(a, out _)))
        {
            m.Error("admin", $"'{a}' is not an e-mail address");
        }

        m.RejectUnknownKeys();
        return s;
    }

    private static ReportSettings ReadReports(YamlMap? m)
    {
        var d = new ReportSettings();
        if (m is null)
        {
            return d;
        }

        var headers = m.Choice("headers", new Dictionary<string, bool> { ["th"] = false, ["en"] = true });
        var s = new ReportSettings
        {
            Directory = m.Text("directory") ?? d.Directory,
            EnglishHeaders = headers ?? d.EnglishHeaders,
            FlapDamping = m.Number("flapDamping", 1, 30) ?? d.FlapDamping,
            ArchiveMaxBytes = m.Size("archiveMaxBytes", 0, 1024L * 1024 * 1024) ?? d.ArchiveMaxBytes,
        };
        m.RejectUnknownKeys();
        return s;
    }

    private static HistorySettings ReadHistory(YamlMap? m)
    {
        if (m is null)
        {
            return new HistorySettings();
        }

        var s = new HistorySettings { Database = m.Text("database") };
        m.RejectUnknownKeys();
        return s;
    }

    private static string UnknownDivision(string slug, List<DivisionConfig> divisions) =>
        $"unknown division '{slug}'{YamlMap.Suggest(slug, divisions.Select(x => x.Slug))}; valid: {string.Join(", ", divisions.Select(x => x.Slug))}";

    private static string CronProblem(string cron)
    {
        try
        {
            _ = CronExpression.Parse(cron);
            return "invalid";
        }
        catch (FormatException ex)
        {
            return ex.Message.TrimEnd('.');
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugRegex();

    /// <summary>The digest weekday; "off" turns the weekly digest off, an absent key keeps the default.</summary>
    private static DayOfWeek? ReadDigest(YamlMap m, DayOfWeek? fallback) =>
        !m.Has("digest") ? fallback
        : m.Choice("digest", DigestDays) is { } day ? (day < 0 ? null : (DayOfWeek)day)
        : fallback;
}
