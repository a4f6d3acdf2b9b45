namespace OitChecker.Crawling;

/// <summary>
/// Class-attribute checks read from the attribute string: AngleSharp's class-list object is built on first use,
/// an allocation for every element asked about (every ancestor of every link, every child of every card).
/// </summary>
internal static class HtmlClasses
{
    /// <summary>Whether one of the white-space separated classes in <paramref name="classAttribute"/> is one of <paramref name="names"/>.</summary>
    public static bool Any(string? classAttribute, string[] names, StringComparison comparison = StringComparison.Ordinal)
    {
        if (string.IsNullOrEmpty(classAttribute))
        {
            return false;
        }

        var classes = classAttribute.AsSpan();
        foreach (var range in classes.SplitAny(" \t\n\r\f"))
        {
            foreach (var name in names)
            {
                if (classes[range].Equals(name, comparison))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
