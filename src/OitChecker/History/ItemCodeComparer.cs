namespace OitChecker.History;

/// <summary>Orders OIT item codes naturally (O2 before O10), then by plain ordinal text.</summary>
public sealed class ItemCodeComparer : IComparer<string>
{
    public static ItemCodeComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var (px, nx) = Split(x);
        var (py, ny) = Split(y);
        var c = string.Compare(px, py, StringComparison.OrdinalIgnoreCase);
        if (c != 0)
        {
            return c;
        }

        c = nx.CompareTo(ny);
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }

    private static (string Prefix, long Number) Split(string code)
    {
        var i = code.Length;
        while (i > 0 && char.IsAsciiDigit(code[i - 1]))
        {
            i--;
        }

        return i < code.Length && long.TryParse(code.AsSpan(i), out var n) ? (code[..i], n) : (code, -1);
    }
}
