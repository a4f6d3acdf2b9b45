namespace OitChecker.Sites;

/// <summary>
/// One municipality's configuration (<c>config/sites/&lt;site&gt;.yaml</c>): where its site is, which
/// assessment year applies, who is responsible for what, how politely to crawl, when to run and whom to mail.
/// </summary>
public sealed record SiteConfig
{
    /// <summary>Full path of the file this came from (empty for an ad-hoc <c>--url</c> run).</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>Short identifier used in report folders and history (lower-case, digits, '-').</summary>
    public required string Id { get; init; }

    /// <summary>Thai name of the agency, e.g. เทศบาลตำบลเมืองแกลง.</summary>
    public required string NameTh { get; init; }

    public string? NameEn { get; init; }

    /// <summary>The agency's main website: the only host where OIT evidence counts.</summary>
    public required Uri MainUrl { get; init; }

    /// <summary>Further hosts that belong to the site (an E-Service subdomain, e-GP); crawled and accepted as evidence.</summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];

    /// <summary>Assessment year (BE); selects the catalog.</summary>
    public required int Year { get; init; }

    /// <summary>Explicit catalog file, or null for the shipped catalog of <see cref="Year"/>.</summary>
    public string? CatalogPath { get; init; }

    public IReadOnlyList<DivisionConfig> Divisions { get; init; } = [];

    /// <summary>Catalog division slug → this site's division slug.</summary>
    public IReadOnlyDictionary<string, string> DivisionMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-item overrides by item code.</summary>
    public IReadOnlyDictionary<string, ItemOverride> Items { get; init; } = new Dictionary<string, ItemOverride>(StringComparer.OrdinalIgnoreCase);

    public CrawlSettings Crawl { get; init; } = new();

    public ScheduleSettings Schedule { get; init; } = new();

    public WatchSettings Watch { get; init; } = new();

    public MailSettings Mail { get; init; } = new();

    public ReportSettings Reports { get; init; } = new();

    public HistorySettings History { get; init; } = new();

    /// <summary>The responsible division slug for an item with the given catalog default.</summary>
    public string DivisionFor(string itemCode, string catalogDivision)
    {
        if (Items.TryGetValue(itemCode, out var o) && o.Division is not null)
        {
            return o.Division;
        }

        return DivisionMap.TryGetValue(catalogDivision, out var mapped) ? mapped : catalogDivision;
    }

    /// <summary>A division by slug, or null.</summary>
    public DivisionConfig? FindDivision(string slug) => Divisions.FirstOrDefault(d => d.Slug == slug);

    /// <summary>The pinned URL (the answer submitted to ITAS) of an item, or null.</summary>
    public string? PinnedUrl(string itemCode) => Items.TryGetValue(itemCode, out var o) ? o.PinnedUrl : null;
}

/// <summary>A responsible unit (กอง/สำนัก) with the addresses its gap report goes to.</summary>
public sealed record DivisionConfig(string Slug, string NameTh, string? NameEn, IReadOnlyList<string> Emails);

/// <summary>Per-item settings: another division, the URL submitted to ITAS, or a note for the report.</summary>
public sealed record ItemOverride(string Code, string? Division, string? PinnedUrl, string? Note);

/// <summary>Whether robots.txt rules apply.</summary>
public enum RobotsPolicy
{
    /// <summary>Honour robots.txt (the default).</summary>
    Respect,

    /// <summary>Ignore robots.txt — only for one's own site; logged at every run.</summary>
    Ignore,
}

/// <summary>Crawl limits and politeness. Defaults are polite for a fragile municipal server.</summary>
public sealed record CrawlSettings
{
    /// <summary>Maximum pages and documents fetched from the site. Default 3000.</summary>
    public int MaxPages { get; init; } = 3000;

    /// <summary>Maximum link depth from the start URL. Default 10.</summary>
    public int MaxDepth { get; init; } = 10;

    /// <summary>Bytes read per response; the rest is cut. Default 25 MB.</summary>
    public long MaxBytesPerResponse { get; init; } = 25L * 1024 * 1024;

    /// <summary>Total crawl time budget. Default 60 minutes.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Concurrent requests per host. Default 2.</summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>Minimum interval between request starts to one host. Default 500 ms (≤ 2 requests/s).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Timeout of one attempt. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt on network errors, 408, 429 and 5xx. Default 3.</summary>
    public int Retries { get; init; } = 3;

    public RobotsPolicy Robots { get; init; } = RobotsPolicy.Respect;

    /// <summary>Seed the crawl from sitemap.xml. Default true.</summary>
    public bool Sitemaps { get; init; } = true;

    /// <summary>Check external links (HEAD, then a small GET). Default true.</summary>
    public bool CheckExternal { get; init; } = true;

    /// <summary>Keep crawling the long tail after every item is settled. Default false.</summary>
    public bool FullCrawl { get; init; }

    public string UserAgent { get; init; } = "OitChecker/1.0 (+https://github.com/oitchecker; OIT self-check)";

    /// <summary>URL substrings never fetched (logout links, calendars).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
}

/// <summary>When the nightly check runs.</summary>
public sealed record ScheduleSettings
{
    /// <summary>Quartz cron (seconds minutes hours day-of-month month day-of-week). Default 04:30 every day.</summary>
    public string Cron { get; init; } = "0 30 4 * * ?";

    /// <summary>IANA time zone of the cron. Default Asia/Bangkok.</summary>
    public string TimeZone { get; init; } = "Asia/Bangkok";

    public bool Enabled { get; init; } = true;
}

/// <summary>The availability watch through the assessment window (seed memo, measure 4.2).</summary>
public sealed record WatchSettings
{
    public bool Enabled { get; init; } = true;

    /// <summary>Probe interval. Default 15 minutes.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>First month of the window (1–12). Default 2 (February).</summary>
    public int FromMonth { get; init; } = 2;

    /// <summary>Last month of the window (1–12). Default 7 (July).</summary>
    public int ToMonth { get; init; } = 7;

    /// <summary>Consecutive failed probes of a URL before an outage is declared and mailed. Default 2.</summary>
    public int OutageAfter { get; init; } = 2;
}

/// <summary>How reports are delivered.</summary>
public enum MailDelivery
{
    /// <summary>Write .eml files to the outbox folder only (samples, dry runs, no SMTP).</summary>
    Outbox,

    /// <summary>Send through SMTP; undeliverable messages stay in the outbox for the next run.</summary>
    Smtp,

    /// <summary>Send nothing.</summary>
    None,
}

/// <summary>SMTP transport security.</summary>
public enum SmtpSecurity
{
    StartTls,
    Ssl,
    None,
}

/// <summary>Mail settings. Secrets are never in the file: only names of environment variables.</summary>
public sealed record MailSettings
{
    public MailDelivery Delivery { get; init; } = MailDelivery.Outbox;

    public string From { get; init; } = "oitcheck@localhost";

    public string? FromName { get; init; }

    /// <summary>Folder of .eml files waiting or written (relative to the working directory).</summary>
    public string Outbox { get; init; } = "outbox";

    /// <summary>Site administrators: run-level alerts (inconclusive run, outage, pinned URL changed).</summary>
    public IReadOnlyList<string> Admin { get; init; } = [];

    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 587;

    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    /// <summary>Environment variable holding the SMTP user name.</summary>
    public string? UserEnv { get; init; }

    /// <summary>Environment variable holding the SMTP password.</summary>
    public string? PasswordEnv { get; init; }

    /// <summary>Weekday of the weekly digest (sent even when nothing changed), or null for none. Default Monday.</summary>
    public DayOfWeek? Digest { get; init; } = DayOfWeek.Monday;
}

/// <summary>Report output.</summary>
public sealed record ReportSettings
{
    /// <summary>Root folder; runs go to &lt;directory&gt;/&lt;site&gt;/&lt;timestamp&gt;/. Default "reports".</summary>
    public string Directory { get; init; } = "reports";

    /// <summary>CSV headers in English instead of Thai.</summary>
    public bool EnglishHeaders { get; init; }

    /// <summary>Consecutive failing runs needed before a previously passing item is reported as failing. Default 2.</summary>
    public int FlapDamping { get; init; } = 2;

    /// <summary>Largest evidence copy kept in the archive. Default 10 MB.</summary>
    public long ArchiveMaxBytes { get; init; } = 10L * 1024 * 1024;
}

/// <summary>Run history.</summary>
public sealed record HistorySettings
{
    /// <summary>SQLite file (relative to the working directory). Default data/&lt;site&gt;.db.</summary>
    public string? Database { get; init; }
}
