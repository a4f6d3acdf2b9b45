using System.Text.Json.Serialization;

namespace OitChecker.Benchmarks;

/// <summary>
/// Source-generated JSON for what the benchmark's helper processes pass to each other (a site's description, a
/// measured run): precompiled with the program, so a round's own process does not build reflection metadata and
/// JIT it during its measured life, as no comparison tool has to.
/// </summary>
[JsonSerializable(typeof(SyntheticSite))]
[JsonSerializable(typeof(BenchmarkRun))]
public sealed partial class BenchJson : JsonSerializerContext;
