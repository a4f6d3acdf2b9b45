using OitChecker.Crawling;

namespace OitChecker.Documents;

/// <summary>The facts learned from a document and its extracted text (cleaned, capped).</summary>
public sealed record DocumentReadResult(DocumentFacts Facts, string Text);
