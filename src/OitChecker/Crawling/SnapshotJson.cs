using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        // Source-generated metadata: no reflection and no emitted accessors to build (and JIT) in every run.
        TypeInfoResolver = SnapshotJsonContext.Default.WithAddedModifier(DropComputed),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The snapshot as gzip-compressed UTF-8 JSON (Thai kept as UTF-8, not \u escapes), serialised straight
    /// into the compressor: no large intermediate arrays (they would land on the large-object heap), and
    /// gzip's small native state instead of Brotli's multi-megabyte window.
    /// </summary>
    /// <remarks>
    /// A crawl with a revisit store keeps each page twice (page store and revisit store): the packed bytes are
    /// remembered for as long as the snapshot lives, so the second store reuses them. Snapshots are immutable
    /// (a change makes a new instance), and callers must not modify the array.
    /// </remarks>
    public static byte[] Pack(PageSnapshot snapshot) => Packed.GetValue(snapshot, PackNew);

    private static readonly ConditionalWeakTable<PageSnapshot, byte[]> Packed = [];

    private static byte[] PackNew(PageSnapshot snapshot)
    {
        using var ms = new MemoryStream(16 * 1024);
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gz, snapshot, Options);
        }

        return ms.ToArray();
    }

    /// <summary>A snapshot from <see cref="Pack"/>'s output.</summary>
    public static PageSnapshot Unpack(byte[] data)
    {
        using var gz = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<PageSnapshot>(gz, Options) ?? throw new InvalidDataException("empty snapshot");
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

/// <summary>Compile-time serialisation metadata for <see cref="PageSnapshot"/> (see <see cref="SnapshotJson"/>).</summary>
[JsonSerializable(typeof(PageSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
