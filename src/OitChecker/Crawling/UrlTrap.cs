namespace OitChecker.Crawling;

/// <summary>A URL recognised as part of an endless URL space.</summary>
/// <param name="Kind">calendar, repeating-path, deep-path, query-combinations or query-permutation.</param>
/// <param name="Pattern">The URL pattern the trap was detected on (one finding per pattern).</param>
/// <param name="Detail">Why, in English.</param>
public sealed record UrlTrap(string Kind, string Pattern, string Detail);
