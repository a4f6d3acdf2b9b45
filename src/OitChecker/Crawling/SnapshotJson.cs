using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OitChecker.Crawling;

/// <summary>
/// Compact, compressed JSON for snapshots kept on disk (page store, revisit store). Computed
/// properties (IsUsable, SectionPath, FiscalYear) are left out; they are recomputed on read.
/// </summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputed } },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The snapshot as Brotli-compressed UTF-8 JSON.</summary>
    public static byte[] Pack(PageSnapshot snapshot)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(snapshot, Options);
        using var ms = new MemoryStream(json.Length / 3 + 64);
        using (var brotli = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(json);
        }

        return ms.ToArray();
    }

    /// <summary>A snapshot from <see cref="Pack"/>'s output.</summary>
    public static PageSnapshot Unpack(byte[] data)
    {
        using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<PageSnapshot>(brotli, Options) ?? throw new InvalidDataException("empty snapshot");
    }

    private static void DropComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var p = info.Properties[i];
            if (p.Set is null && p.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
