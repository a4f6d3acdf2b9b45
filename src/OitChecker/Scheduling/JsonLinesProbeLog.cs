using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OitChecker.Scheduling;

/// <summary>
/// The default probe log of a single <c>serve</c> node until the history database is bound: one JSON line per
/// probe in <c>&lt;directory&gt;/&lt;site&gt;.probes.jsonl</c> (append-only, readable with jq), the latest probes
/// of each URL kept in memory after the file was read once. Not for a cluster: each node would see only its own probes.
/// </summary>
public sealed class JsonLinesProbeLog(string directory) : IProbeLog, IDisposable
{
    /// <summary>Probes kept in memory per URL (2000 ≈ three weeks at 15 minutes).</summary>
    public const int KeptPerUrl = 2000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, Dictionary<string, List<ProbeRecord>>> _bySite = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    public async Task RecordAsync(ProbeRecord probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var urls = await LoadAsync(probe.Site, cancellationToken);
            System.IO.Directory.CreateDirectory(Directory);
            await File.AppendAllTextAsync(PathOf(probe.Site), JsonSerializer.Serialize(probe, ProbeJsonContext.Default.ProbeRecord) + "\n", Encoding.UTF8, cancellationToken);
            Add(urls, probe);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<ProbeRecord>> RecentAsync(string site, string url, int limit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var urls = await LoadAsync(site, cancellationToken);
            return urls.TryGetValue(url, out var list)
                ? list.AsEnumerable().Reverse().Take(limit).ToList()
                : [];
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string PathOf(string site) => Path.Combine(Directory, site + ".probes.jsonl");

    private async Task<Dictionary<string, List<ProbeRecord>>> LoadAsync(string site, CancellationToken cancellationToken)
    {
        if (_bySite.TryGetValue(site, out var loaded))
        {
            return loaded;
        }

        var urls = new Dictionary<string, List<ProbeRecord>>(StringComparer.Ordinal);
        var path = PathOf(site);
        if (File.Exists(path))
        {
            foreach (var line in await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken))
            {
                if (line.Length > 0 && TryParse(line) is { } probe)
                {
                    Add(urls, probe);
                }
            }
        }

        _bySite[site] = urls;
        return urls;
    }

    private static ProbeRecord? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, ProbeJsonContext.Default.ProbeRecord);
        }
        catch (JsonException)
        {
            return null; // a line cut short by a crash: skip it
        }
    }

    private static void Add(Dictionary<string, List<ProbeRecord>> urls, ProbeRecord probe)
    {
        if (!urls.TryGetValue(probe.Url, out var list))
        {
            urls[probe.Url] = list = [];
        }

        list.Add(probe);
        if (list.Count > KeptPerUrl)
        {
            list.RemoveRange(0, list.Count - KeptPerUrl);
        }
    }
}

/// <summary>Compile-time serialisation metadata for the probe lines (web defaults: camelCase keys).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProbeRecord))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext;
