namespace OitChecker.Evidence;

/// <summary>A link that matched an item's find terms, with where it was found.</summary>
public sealed record CandidateLink(string ItemCode, string From, string To, string Text, string MatchedTerm, bool InContextOnly);
