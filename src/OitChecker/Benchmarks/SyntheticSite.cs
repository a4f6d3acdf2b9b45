namespace OitChecker.Benchmarks;

/// <summary>A generated site: where it is, what it holds, and the broken links planted in it.</summary>
/// <param name="Root">The folder of the municipality site.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Pdfs">PDFs written.</param>
/// <param name="Bytes">Bytes written for the site.</param>
/// <param name="PlantedInternal">Planted broken internal links (paths).</param>
/// <param name="PlantedExternal">Planted broken external links (paths on the external site).</param>
public sealed record SyntheticSite(
    string Root,
    int Pages,
    int Pdfs,
    long Bytes,
    IReadOnlyList<string> PlantedInternal,
    IReadOnlyList<string> PlantedExternal);
