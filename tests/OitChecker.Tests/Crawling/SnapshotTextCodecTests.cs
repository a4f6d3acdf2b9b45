using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class SnapshotTextCodecTests
{
    [TestCase("")]
    [TestCase("ITA 2568")]
    [TestCase("ข้อมูลพื้นฐาน ๒๕๖๘")]
    [TestCase("\u0E01\u0E3A\u0E3B\u0E3E\u0E3F\u0E5B")]
    [TestCase("“คำพูด” – ©\u00A0€ 😀 ລາວ")]
    [TestCase("\u0080\u0E00\u0E5C\u00FF\u0100")]
    public void EncodeThenDecode_GivesTheSameText(string text)
    {
        Assert.That(RoundTrip(text), Is.EqualTo(text));
    }

    [Test]
    public void EncodeThenDecode_EveryUtf16Unit_IncludingLoneSurrogates()
    {
        var all = string.Create(65536, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)i;
            }
        });

        Assert.That(RoundTrip(all), Is.EqualTo(all));
    }

    [Test]
    public void EncodeThenDecode_RandomMixOfThaiAsciiAndOthers()
    {
        var random = new Random(874);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0x20, 0x7F),
                    1 or 2 => (char)random.Next(0x0E01, 0x0E5C),
                    _ => (char)random.Next(0x80, 0x10000),
                };
            }

            var text = new string(chars);
            Assert.That(RoundTrip(text), Is.EqualTo(text), $"round {round}");
        }
    }

    [Test]
    public void EncodeThenDecode_AnEscapedCharacterAtEveryPositionOfALongThaiRun()
    {
        // Runs of ASCII and Thai are encoded sixteen at a time; one other character anywhere in a run must still come back.
        const string run = "ประกาศเทศบาลตำบลเมืองแกลง เรื่อง สรุปผลการจัดซื้อจัดจ้าง 2568";
        for (var at = 0; at < run.Length; at++)
        {
            var text = run[..at] + "“" + run[at..];
            Assert.That(RoundTrip(text), Is.EqualTo(text), $"at {at}");
        }
    }

    [Test]
    public void Encode_DestinationShorterThanMaxBytes_Refused()
    {
        Assert.That(() => SnapshotTextCodec.Encode("กขค", new byte[8]), Throws.ArgumentException.With.Message.Contains("9"));
    }

    [Test]
    public void Encode_ThaiAndAscii_OneByteEach_OthersThree()
    {
        var buffer = new byte[SnapshotTextCodec.MaxBytes(8)];

        Assert.Multiple(() =>
        {
            Assert.That(SnapshotTextCodec.Encode("กข 12", buffer), Is.EqualTo(5));
            Assert.That(buffer[0], Is.EqualTo(0xA1), "ก sits where TIS-620 puts it");
            Assert.That(SnapshotTextCodec.Encode("ก“", buffer), Is.EqualTo(4));
        });
    }

    [TestCase(new byte[] { 0x81 }, "0x81")]
    [TestCase(new byte[] { 0x41, 0xFC }, "0xFC")]
    [TestCase(new byte[] { 0x80, 0x1C }, "0x80")]
    public void Decode_ByteNoEncodingWrites_IsInvalidDataNamingIt(byte[] bytes, string named)
    {
        Assert.That(() => SnapshotTextCodec.Decode(bytes), Throws.TypeOf<InvalidDataException>().With.Message.Contains(named));
    }

    [Test]
    public void Decode_InvalidByteInsideALongThaiRun_IsInvalidDataAtItsOffset()
    {
        var bytes = Enumerable.Repeat((byte)0xA1, 40).ToArray();
        bytes[21] = 0xFE;

        Assert.That(() => SnapshotTextCodec.Decode(bytes), Throws.TypeOf<InvalidDataException>().With.Message.Contains("0xFE at offset 21"));
    }

    private static string RoundTrip(string text)
    {
        var buffer = new byte[SnapshotTextCodec.MaxBytes(text.Length)];
        var n = SnapshotTextCodec.Encode(text, buffer);
        return SnapshotTextCodec.Decode(buffer.AsSpan(0, n));
    }
}
