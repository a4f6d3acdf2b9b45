namespace OitChecker.Evidence;

/// <summary>
/// Text that repeats on most pages of a site — a sidebar "ผู้บริหาร: นาย… นายก อบต. / นาง… ปลัด อบต.", a footer
/// with the address and phone — says nothing about the page it is on, but would satisfy "both sides" or "contact"
/// on every page. Learnt from a sample of the site's pages: runs of three words (space-separated chunks) and
/// headings found on more than half of them. Bounded memory: only the first <see cref="SamplePages"/> pages count.
/// </summary>
public sealed class Boilerplate
{
    /// <summary>Pages sampled.</summary>
    public const int SamplePages = 200;

    private const int MinPages = 5;
    private const int Width = 3;
    private readonly Dictionary<int, int> _shingles = [];
    private readonly Dictionary<string, int> _headings = new(StringComparer.Ordinal);
    private HashSet<int> _common = [];
    private HashSet<string> _commonHeadings = new(StringComparer.Ordinal);
    private int _pages;

    /// <summary>True once learnt from enough pages for removal to apply.</summary>
    public bool Active => _pages >= MinPages;

    /// <summary>Counts a page's word runs and headings (ignored after the sample is full).</summary>
    public void Learn(string text, IEnumerable<string> headings)
    {
        if (_pages >= SamplePages)
        {
            return;
        }

        _pages++;
        foreach (var h in Shingles(Chunks(text)).Select(s => s.Hash).Distinct())
        {
            _shingles[h] = _shingles.TryGetValue(h, out var n) ? n + 1 : 1;
        }

        foreach (var h in headings.Distinct(StringComparer.Ordinal))
        {
            _headings[h] = _headings.TryGetValue(h, out var n) ? n + 1 : 1;
        }
    }

    /// <summary>Fixes the common runs once learning is over.</summary>
    public void Complete()
    {
        var threshold = Math.Max(3, _pages * 0.5);
        _common = _shingles.Where(kv => kv.Value > threshold).Select(kv => kv.Key).ToHashSet();
        _commonHeadings = _headings.Where(kv => kv.Value > threshold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        _shingles.Clear();
        _headings.Clear();
    }

    /// <summary>True for a heading found on most pages ("ผู้บริหาร", "จำนวนผู้เข้าชม").</summary>
    public bool IsCommonHeading(string heading) => Active && _commonHeadings.Contains(heading);

    /// <summary>The text without its site-wide runs; "|" marks where something was cut.</summary>
    public string Strip(string text)
    {
        if (!Active || _common.Count == 0 || string.IsNullOrEmpty(text))
        {
            return text;
        }

        var chunks = Chunks(text);
        var cut = new bool[chunks.Length];
        foreach (var (start, hash) in Shingles(chunks))
        {
            if (_common.Contains(hash))
            {
                Array.Fill(cut, true, start, Width);
            }
        }

        var kept = new List<string>(chunks.Length);
        for (var i = 0; i < chunks.Length; i++)
        {
            if (!cut[i])
            {
                kept.Add(chunks[i]);
            }
            else if (kept.Count == 0 || kept[^1] != "|")
            {
                kept.Add("|");
            }
        }

        return string.Join(' ', kept);
    }

    private static string[] Chunks(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<(int Start, int Hash)> Shingles(string[] chunks)
    {
        for (var i = 0; i + Width <= chunks.Length; i++)
        {
            yield return (i, HashCode.Combine(
                string.GetHashCode(chunks[i], StringComparison.Ordinal),
                string.GetHashCode(chunks[i + 1], StringComparison.Ordinal),
                string.GetHashCode(chunks[i + 2], StringComparison.Ordinal)));
        }
    }
}
