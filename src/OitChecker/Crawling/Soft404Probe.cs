using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// How a host answers a URL that cannot exist (fetched once per host): if it says 200, pages that look
/// the same (or redirect to the same place) are soft 404s.
/// </summary>
public sealed record Soft404Probe(int Status, string FinalUrl, bool Redirected, string? Title, int TextLength, IReadOnlySet<int> Shingles)
{
    private const int ShingleSize = 5;
    private const int MaxShingles = 4000;

    /// <summary>True when the missing URL was answered with 2xx (directly or after redirects).</summary>
    public bool AnswersOk => Status is >= 200 and < 300;

    /// <summary>Hashed 5-character shingles of the folded text (a bounded sample).</summary>
    public static HashSet<int> ShinglesOf(string text)
    {
        var folded = ThaiFold.Fold(text);
        var set = new HashSet<int>();
        for (var i = 0; i + ShingleSize <= folded.Length && set.Count < MaxShingles; i++)
        {
            set.Add(string.GetHashCode(folded.AsSpan(i, ShingleSize), StringComparison.Ordinal));
        }

        return set;
    }
}
