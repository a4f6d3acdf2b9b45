using System.Buffers;
using System.Buffers.Binary;
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

    /// <summary>The snapshot's metadata under <see cref="Options"/> (typed: no reflection, so the native build reads and writes it too).</summary>
    private static readonly JsonTypeInfo<PageSnapshot> Info = (JsonTypeInfo<PageSnapshot>)Options.GetTypeInfo(typeof(PageSnapshot));

    /// <summary>
    /// The snapshot, gzip-compressed: a format byte, the length of the JSON, the snapshot as UTF-8 JSON without its
    /// text (Thai kept as UTF-8, not \u escapes), then the text in <see cref="SnapshotTextCodec"/>'s one-byte form.
    /// The page text is most of a snapshot (on a Thai page ~13,000 letters, 37 of 43 KB as JSON): taken out of the
    /// JSON, it is neither escaped nor transcoded, and the compressor reads a third of the bytes. Gzip rather than
    /// Brotli: its native state is small, and it is faster at the speeds that matter here.
    /// </summary>
    /// <remarks>
    /// A crawl with a revisit store keeps each page twice (page store and revisit store): the packed bytes are
    /// remembered for as long as the snapshot lives, so the second store reuses them. Snapshots are immutable
    /// (a change makes a new instance), and callers must not modify the array.
    /// </remarks>
    public static byte[] Pack(PageSnapshot snapshot) => Packed.GetValue(snapshot, PackNew);

    private static readonly ConditionalWeakTable<PageSnapshot, byte[]> Packed = [];

    /// <summary>First byte of the compact form; stores written before it hold plain JSON, which starts with '{'.</summary>
    private const byte Compact = 2;

    private const int HeaderLength = 5;

    private static byte[] PackNew(PageSnapshot snapshot)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(snapshot with { Text = string.Empty }, Info);
        var text = ArrayPool<byte>.Shared.Rent(SnapshotTextCodec.MaxBytes(snapshot.Text.Length));
        try
        {
            var textLength = SnapshotTextCodec.Encode(snapshot.Text, text);
            Span<byte> header = stackalloc byte[HeaderLength];
            header[0] = Compact;
            BinaryPrimitives.WriteInt32LittleEndian(header[1..], json.Length);
            using var ms = new MemoryStream(4 * 1024);
            using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            {
                gz.Write(header);
                gz.Write(json);
                gz.Write(text, 0, textLength);
            }

            return ms.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
        }
    }

    /// <summary>A snapshot from <see cref="Pack"/>'s output, or from the plain JSON that stores written before the compact form hold.</summary>
    /// <exception cref="InvalidDataException">The data is not a packed snapshot.</exception>
    public static PageSnapshot Unpack(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var raw = new MemoryStream(data.Length * 4);
        using (var gz = new GZipStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            gz.CopyTo(raw);
        }

        var bytes = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        if (bytes.Length >= HeaderLength && bytes[0] == Compact)
        {
            var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
            if (jsonLength < 0 || jsonLength > bytes.Length - HeaderLength)
            {
                throw new InvalidDataException($"packed snapshot: JSON length {jsonLength} does not fit in {bytes.Length} bytes");
            }

            var snapshot = Deserialize(bytes.Slice(HeaderLength, jsonLength));
            return snapshot with { Text = SnapshotTextCodec.Decode(bytes[(HeaderLength + jsonLength)..]) };
        }

        return Deserialize(bytes);
    }

    private static PageSnapshot Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, Info) ?? throw new InvalidDataException("empty snapshot");

    /// <summary>Leaves out computed properties (no setter, no constructor parameter): they are recomputed on read.</summary>
    internal static void DropComputed(JsonTypeInfo info)
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
