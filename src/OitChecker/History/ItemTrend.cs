using OitChecker.Verdicts;

namespace OitChecker.History;

/// <summary>One item's verdicts over recent runs, oldest first (for <c>oitcheck history</c>).</summary>
public sealed record ItemTrend(string Code, string Division, IReadOnlyList<(string RunId, Verdict Verdict)> Verdicts, ItemState Latest);
