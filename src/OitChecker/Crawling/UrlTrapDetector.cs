using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OitChecker.Crawling;

/// <summary>
/// Recognises endless URL spaces before they eat the page budget: calendars that page through months
/// and days forever (?month=, ?date=, /2031/05/), paths whose segments repeat (a relative-link bug that
/// yields /news/news/news/...), the same query parameters in another order, and faceted lists whose
/// parameter combinations explode. Thread-safe; one instance per crawl.
/// </summary>
public sealed partial class UrlTrapDetector
{
    private static readonly HashSet<string> CalendarKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "month", "date", "year", "day", "week", "cal", "calendar", "ym", "ymd", "mon", "m", "y", "d", "yr", "mo",
        "caldate", "calmonth", "calyear", "start", "end", "from", "to", "event_date", "eventdate", "time", "tm",
    };

    private readonly object _gate = new();
    private readonly Dictionary<string, HashSet<string>> _calendarVariants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keySets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _permutationKeys = new(StringComparer.Ordinal);
    private readonly int _currentCeYear;

    /// <summary>Creates a detector; <paramref name="today"/> bounds plausible calendar years.</summary>
    public UrlTrapDetector(DateTimeOffset today, int calendarVariantLimit = 60, int keySetLimit = 32, int maxPathSegments = 16)
    {
        _currentCeYear = today.Year;
        CalendarVariantLimit = calendarVariantLimit;
        KeySetLimit = keySetLimit;
        MaxPathSegments = maxPathSegments;
    }

    /// <summary>Distinct calendar URLs allowed per pattern before it is treated as a trap.</summary>
    public int CalendarVariantLimit { get; }

    /// <summary>Distinct sets of query keys allowed per path.</summary>
    public int KeySetLimit { get; }

    /// <summary>Path segments allowed.</summary>
    public int MaxPathSegments { get; }

    /// <summary>The trap a canonical URL belongs to, or null when it looks like an ordinary page.</summary>
    public UrlTrap? Check(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > MaxPathSegments)
        {
            return new UrlTrap("deep-path", $"{uri.Host}{Prefix(segments, 3)}/...", $"{segments.Length} path segments (limit {MaxPathSegments})");
        }

        var repeated = segments.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() >= 3);
        if (repeated is not null || RepeatsPair(segments))
        {
            var seg = repeated?.Key ?? segments[^1];
            return new UrlTrap("repeating-path", $"{uri.Host}/.../{seg}/...", $"the path segment '{seg}' repeats: {path}");
        }

        var query = ParseQuery(uri.Query);
        var calendar = CalendarCheck(uri, segments, query);
        if (calendar is not null)
        {
            return calendar;
        }

        if (query.Count == 0)
        {
            return null;
        }

        lock (_gate)
        {
            var sorted = uri.Host + path + "?" + string.Join('&', query.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            var asIs = uri.Host + path + "?" + string.Join('&', query.Select(p => p.Key + "=" + p.Value));
            if (!_permutationKeys.Add(sorted) && sorted != asIs)
            {
                return new UrlTrap("query-permutation", uri.Host + path, "the same query parameters were already seen in another order");
            }

            var keySet = string.Join('&', query.Select(p => p.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            var pathKey = uri.Host + path;
            if (!_keySets.TryGetValue(pathKey, out var sets))
            {
                sets = new HashSet<string>(StringComparer.Ordinal);
                _keySets[pathKey] = sets;
            }

            if (sets.Count >= KeySetLimit && !sets.Contains(keySet))
            {
                return new UrlTrap("query-combinations", pathKey, $"more than {KeySetLimit} different combinations of query parameters on one path");
            }

            sets.Add(keySet);
        }

        return null;
    }

    private UrlTrap? CalendarCheck(Uri uri, string[] segments, List<KeyValuePair<string, string>> query)
    {
        var datePairs = query.Where(p => CalendarKeys.Contains(p.Key) && DateLike().IsMatch(p.Value) && YearOf(p.Value) is not null).ToList();
        var pathDates = segments.Where(s => DateLike().IsMatch(s) && YearOf(s) is not null).ToList();
        if (datePairs.Count == 0 && pathDates.Count == 0)
        {
            return null;
        }

        var pattern = new StringBuilder(uri.Host).Append(DigitsRegex().Replace(uri.AbsolutePath, "#"));
        foreach (var key in datePairs.Select(p => p.Key).Order(StringComparer.OrdinalIgnoreCase))
        {
            pattern.Append('|').Append(key.ToLowerInvariant());
        }

        var p = pattern.ToString();
        foreach (var value in datePairs.Select(d => d.Value).Concat(pathDates))
        {
            var year = YearOf(value);
            if (year is { } y)
            {
                var ce = y > 2400 ? y - 543 : y;
                if (ce > _currentCeYear + 1 || ce < _currentCeYear - 6)
                {
                    return new UrlTrap("calendar", p, $"a calendar date outside the plausible range ({value}); calendars page on forever");
                }
            }
        }

        lock (_gate)
        {
            if (!_calendarVariants.TryGetValue(p, out var seen))
            {
                seen = new HashSet<string>(StringComparer.Ordinal);
                _calendarVariants[p] = seen;
            }

            if (seen.Count >= CalendarVariantLimit && !seen.Contains(uri.PathAndQuery))
            {
                return new UrlTrap("calendar", p, $"more than {CalendarVariantLimit} calendar pages under one pattern");
            }

            seen.Add(uri.PathAndQuery);
        }

        return null;
    }

    private static int? YearOf(string value)
    {
        var m = YearRegex().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Value, CultureInfo.InvariantCulture);
        return y is (>= 1900 and <= 2200) or (>= 2400 and <= 2750) ? y : null;
    }

    private static bool RepeatsPair(string[] s)
    {
        for (var i = 0; i + 3 < s.Length; i++)
        {
            if (string.Equals(s[i], s[i + 2], StringComparison.OrdinalIgnoreCase) && string.Equals(s[i + 1], s[i + 3], StringComparison.OrdinalIgnoreCase)
                && !string.Equals(s[i], s[i + 1], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Prefix(string[] segments, int n) => "/" + string.Join('/', segments.Take(n));

    private static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var list = new List<KeyValuePair<string, string>>();
        if (query.Length <= 1)
        {
            return list;
        }

        foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            list.Add(eq < 0 ? new(part, string.Empty) : new(part[..eq], Uri.UnescapeDataString(part[(eq + 1)..])));
        }

        return list;
    }

    [GeneratedRegex(@"^\d{4}([-/.]?\d{1,2}([-/.]?\d{1,2})?)?$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$|^\d{6,8}$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)|^\d{4}")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();
}
