using System.CommandLine;
using OitChecker.Catalog;
using OitChecker.Running;
using OitChecker.Serving;
using OitChecker.Sites;
using OitChecker.Text;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck check (--site FILE | --url URL [--year Y] | --sample) [options]</c>: one whole check — crawl, verdicts,
/// reports, history, mail — with a progress display and a final table. Exit 0 no gaps, 2 gaps, 3 configuration
/// error, 4 inconclusive.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var site = new Option<string?>("--site") { Description = "The site file (config/sites/<site>.yaml)." };
        var url = new Option<string?>("--url") { Description = "Check any site by its main URL, without a site file (default divisions from the catalog, no mail)." };
        var year = new Option<string?>("--year") { Description = "Assessment year (Buddhist Era, e.g. 2565 or ๒๕๖๕) for --url; default: the newest shipped catalog." };
        var sample = new Option<bool>("--sample") { Description = "Check the built-in sample municipality site, served on loopback (no network, mail to the outbox)." };
        var output = new Option<string?>("--out") { Description = "Report folder root instead of the site file's reports.directory." };
        var only = new Option<string?>("--only") { Description = "Only these items, e.g. O1,O23." };
        var division = new Option<string?>("--division") { Description = "Only the items of this division slug." };
        var fullCrawl = new Option<bool>("--full-crawl") { Description = "Keep crawling the long tail after every item is settled." };
        var maxPages = new Option<int?>("--max-pages") { Description = "Page limit for this run." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Concurrent requests per host (polite default: 2; raise it only for your own server)." };
        var delay = new Option<int?>("--delay-ms") { Description = "Minimum milliseconds between requests to one host (default 500)." };
        var noRobots = new Option<bool>("--no-robots") { Description = "Ignore robots.txt — only for your own site; logged." };
        var noMail = new Option<bool>("--no-mail") { Description = "Send and write no e-mail." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Write e-mails as .eml files only; send nothing." };
        var command = new Command("check", "Check a site against the OIT items of its assessment year and write gap reports per division.")
        {
            site, url, year, sample, output, only, division, fullCrawl, maxPages, concurrency, delay, noRobots, noMail, dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            var targets = new[] { parse.GetValue(site) is not null, parse.GetValue(url) is not null, parse.GetValue(sample) }.Count(x => x);
            if (targets != 1)
            {
                await context.Error.WriteLineAsync("Give exactly one of --site FILE, --url URL or --sample.");
                return ExitCodes.ConfigurationError;
            }

            var options = new CheckOptions
            {
                OutputDirectory = parse.GetValue(output),
                Only = (parse.GetValue(only) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Division = parse.GetValue(division),
                FullCrawl = parse.GetValue(fullCrawl) ? true : null,
                MaxPages = parse.GetValue(maxPages),
                Concurrency = parse.GetValue(concurrency),
                Delay = parse.GetValue(delay) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
                IgnoreRobots = parse.GetValue(noRobots),
                NoMail = parse.GetValue(noMail),
                DryRun = parse.GetValue(dryRun),
            };

            if (parse.GetValue(sample))
            {
                return await RunSampleAsync(context, options, ct);
            }

            var (config, catalog) = parse.GetValue(site) is { } file
                ? SiteConfigLoader.Load(file)
                : ForUrl(parse.GetValue(url)!, parse.GetValue(year));
            if (!Validate(context, catalog, config, options))
            {
                return ExitCodes.ConfigurationError;
            }

            return await RunAsync(context, new CheckRequest(config, catalog, options), ct);
        });
        return command;
    }

    private static async Task<int> RunSampleAsync(CliContext context, CheckOptions options, CancellationToken ct)
    {
        var folder = SampleSite.LocateFolder();
        var siteFile = SampleSite.LocateSiteFile();
        if (folder is null || siteFile is null)
        {
            await context.Error.WriteLineAsync("The built-in sample was not found (samples/sites/muangklaeng and config/sites/muangklaeng.yaml); run from the repository root.");
            return ExitCodes.ConfigurationError;
        }

        var (config, catalog) = SiteConfigLoader.Load(siteFile);
        if (!Validate(context, catalog, config, options))
        {
            return ExitCodes.ConfigurationError;
        }

        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = folder }, ct);
        await context.Error.WriteLineAsync($"Sample site {config.NameTh} served at {server.BaseUrl} (from {folder})");
        return await RunAsync(context, new CheckRequest(SampleSite.Rebase(config, server.BaseUrl), catalog, options), ct);
    }

    private static async Task<int> RunAsync(CliContext context, CheckRequest request, CancellationToken ct)
    {
        var runner = new CheckRunner(context.Time, context.LoggerFactory);
        var outcome = await CheckProgressView.RunAsync(context, progress => runner.RunAsync(request, progress, ct));
        CheckSummaryView.Render(context.Console, request, outcome);
        return outcome.ExitCode;
    }

    /// <summary>A Buddhist-Era year in Arabic or Thai digits; a CE year gets the BE year to write instead.</summary>
    private static int ParseYear(string text)
    {
        if (!ThaiDigits.TryParseInt(text.Trim(), out var y))
        {
            throw new Configuration.ConfigException($"--year: '{text}' is not a year; write the Buddhist-Era year, e.g. 2565 or ๒๕๖๕");
        }

        return BuddhistEra.IsPlausibleCe(y)
            ? throw new Configuration.ConfigException($"--year: {y} is not a Buddhist-Era year (it looks like CE); write {BuddhistEra.ToBe(y)}")
            : y;
    }

    private static (SiteConfig, OitCatalog) ForUrl(string url, string? year)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new Configuration.ConfigException($"--url: '{url}' is not an absolute http or https URL (e.g. https://www.example.go.th/)");
        }

        var years = CatalogLocator.ShippedYears();
        var y = year is null ? (years.Count > 0 ? years[^1] : 0) : ParseYear(year);
        var path = CatalogLocator.Locate(y, null, null)
            ?? throw new Configuration.ConfigException($"--year: no catalog for assessment year {y}; shipped years: {string.Join(", ", years)}");
        var catalog = CatalogLoader.Load(path);
        return (SiteConfigLoader.ForUrl(uri, catalog), catalog);
    }

    private static bool Validate(CliContext context, OitCatalog catalog, SiteConfig site, CheckOptions options)
    {
        var unknown = options.Only.Where(c => catalog.Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            context.Error.WriteLine($"--only: unknown item(s) {string.Join(", ", unknown)} for year {catalog.Year}; valid: {string.Join(", ", catalog.Items.Select(i => i.Code))}");
            return false;
        }

        if (options.Division is { } d && site.FindDivision(d) is null)
        {
            context.Error.WriteLine($"--division: unknown division '{d}'; valid: {string.Join(", ", site.Divisions.Select(x => x.Slug))}");
            return false;
        }

        return true;
    }
}
