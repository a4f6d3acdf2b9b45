using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// Bodies are read whole up to the byte limit and cut there, whether or not the server declared a length;
/// a declared length that lies in either direction does not change what is read.
/// </summary>
[TestFixture]
public sealed class BodyReaderTests
{
    private static byte[] Bytes(int n) => [.. Enumerable.Range(0, n).Select(i => (byte)(i * 7))];

    /// <summary>A response whose stream hands out at most <paramref name="chunk"/> bytes per read, as a socket does.</summary>
    private static HttpResponseMessage Response(byte[] body, long? declared, int chunk = 1000)
    {
        var content = new StreamContent(new ChunkedStream(body, chunk));
        content.Headers.ContentLength = declared;
        return new HttpResponseMessage { Content = content };
    }

    /// <summary>Reads <paramref name="body"/> through the reader and checks what came back and whether it said "more".</summary>
    private static async Task Expect(byte[] body, long? declared, long limit, byte[] expected, bool more, int chunk = 1000)
    {
        using var response = Response(body, declared, chunk);
        var (read, said) = await BodyReader.ReadAsync(response, limit, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(expected));
            Assert.That(said, Is.EqualTo(more), "more");
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(34_567)]
    [TestCase(200_000)]
    public async Task DeclaredLength_WholeBody_NothingMore(int size)
    {
        var body = Bytes(size);
        await Expect(body, size, 1_000_000, body, more: false);
    }

    [Test]
    public async Task DeclaredLength_BodyIsAllocatedOnce()
    {
        // Every page of a crawl goes through here: a body of the declared size must not be grown and copied
        // (and for large pages put on the large-object heap) only to learn that nothing follows.
        const int size = 200_000;
        using var response = Response(Bytes(size), size, chunk: size);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (read, _) = await BodyReader.ReadAsync(response, 10_000_000, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(read, Has.Length.EqualTo(size));
            Assert.That(allocated, Is.LessThan(size + 16_384), "bytes allocated to read a 200,000-byte body");
        });
    }

    [TestCase(5)]
    [TestCase(70_000)]
    [TestCase(300_000)]
    public async Task NoDeclaredLength_WholeBody(int size)
    {
        var body = Bytes(size);
        await Expect(body, null, 1_000_000, body, more: false, chunk: 4096);
    }

    [Test]
    public async Task DeclaredLengthTooShort_TheRestIsStillRead()
    {
        // A server that declares less than it sends (seen behind broken compression proxies) loses nothing under the limit.
        var body = Bytes(50_000);
        await Expect(body, 10_000, 1_000_000, body, more: false);
    }

    [Test]
    public async Task DeclaredLengthTooLong_OnlyWhatCameIsKept()
    {
        var body = Bytes(3_000);
        await Expect(body, 9_000, 1_000_000, body, more: false);
    }

    [TestCase(100, 10L, null)]
    [TestCase(100, 10L, 100L)]
    [TestCase(10_000, 4_096L, null)]
    [TestCase(10_000, 4_096L, 10_000L)]
    [TestCase(10_000, 9_999L, 10_000L)]
    public async Task LongerThanLimit_CutAtLimit_AndSaysMore(int size, long limit, long? declared)
    {
        var body = Bytes(size);
        await Expect(body, declared, limit, body[..(int)limit], more: true);
    }

    [Test]
    public async Task ExactlyTheLimit_IsWhole_NotCut()
    {
        var body = Bytes(4_096);
        await Expect(body, null, 4_096, body, more: false);
    }

    [Test]
    public async Task ZeroLimit_ReadsNothing()
    {
        await Expect(Bytes(100), 100, 0, [], more: false);
    }

    /// <summary>A read-only stream returning at most a fixed number of bytes per read.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, chunk), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
