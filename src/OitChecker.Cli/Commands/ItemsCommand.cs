using System.CommandLine;
using OitChecker.Catalog;
using OitChecker.Running;
using OitChecker.Sites;
using Spectre.Console;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck items [--year Y] [--division SLUG] [--catalog FILE]</c>: the required items of a year as a
/// readable table, grouped by sub-indicator with its size, so an auditor sees what the NACC will check.
/// </summary>
internal static class ItemsCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Assessment year (BE), e.g. 2565. Default: the newest shipped catalog." };
        var division = new Option<string?>("--division") { Description = "Only items of this division slug (e.g. finance)." };
        var catalogPath = new Option<string?>("--catalog") { Description = "A catalog file instead of the shipped one." };
        var command = new Command("items", "List the OIT items of an assessment year with their sub-indicator, division, elements and confidence.")
        {
            year, division, catalogPath,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = catalogPath is null ? null : parse.GetValue(catalogPath);
            var y = parse.GetValue(year);
            var located = path ?? CatalogLocator.Locate(y ?? NewestYear(), null, null);
            if (located is null)
            {
                await context.Error.WriteLineAsync($"No catalog for year {y}; shipped years: {string.Join(", ", CatalogLocator.ShippedYears())}.");
                return ExitCodes.ConfigurationError;
            }

            var catalog = CatalogLoader.Load(located);
            var slug = parse.GetValue(division);
            if (slug is not null && catalog.FindDivision(slug) is null)
            {
                await context.Error.WriteLineAsync($"Unknown division '{slug}'; valid: {string.Join(", ", catalog.Divisions.Select(d => d.Slug))}.");
                return ExitCodes.ConfigurationError;
            }

            Render(context.Console, catalog, slug);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int NewestYear()
    {
        var years = CatalogLocator.ShippedYears();
        return years.Count == 0 ? 0 : years[^1];
    }

    internal static void Render(IAnsiConsole console, OitCatalog catalog, string? division)
    {
        console.MarkupLine($"[bold]{Markup.Escape(catalog.TitleTh)}[/] — {catalog.Items.Count} items, {Markup.Escape(catalog.FiscalYear.ThaiLabel)}");
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var sub in indicator.SubIndicators)
            {
                var items = catalog.ItemsOf(sub).Where(i => division is null || i.Division == division).ToList();
                if (items.Count == 0)
                {
                    continue;
                }

                var table = new Table { Border = TableBorder.Simple };
                var size = catalog.ItemsOf(sub).Count();
                table.Title = new TableTitle($"{sub.Code} {Markup.Escape(sub.TitleTh)} ({size} {(size == 1 ? "item" : "items")})");
                table.AddColumns("Code", "Item", "Division", "Elements", "Confidence");
                foreach (var i in items)
                {
                    table.AddRow(
                        i.Code,
                        Markup.Escape(i.TitleTh),
                        Markup.Escape(catalog.FindDivision(i.Division)?.NameTh ?? i.Division),
                        Markup.Escape(string.Join(", ", i.Elements.Select(e => e.Kind.ToString()))),
                        i.Confidence == Confidence.Unverified ? "[yellow]unverified[/]" : i.Confidence.ToString().ToLowerInvariant());
                }

                console.Write(table);
            }
        }
    }
}
