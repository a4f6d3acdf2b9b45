using System.Text;
using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class CharsetResolverTests
{
    private const string Thai = "สวัสดี เทศบาลตำบลเมืองแกลง";

    [TestCase("tis620")]
    [TestCase("TIS-620")]
    [TestCase("x-cp874")]
    [TestCase("cp874")]
    [TestCase("ibm874")]
    [TestCase("iso-8859-11")]
    [TestCase("windows-874")]
    [TestCase("\"windows-874\"")]
    public void FromName_ThaiSpellings_AllWindows874(string name) =>
        Assert.That(CharsetResolver.FromName(name)?.CodePage, Is.EqualTo(874));

    [Test]
    public void FromName_AnswersStayTheSame_WhenAskedAgainAndAfterManyUnknownNames()
    {
        // Answers are remembered for a bounded number of spellings; past the bound they are still right.
        var unknown = Enumerable.Range(0, 400).Select(i => CharsetResolver.FromName($"no-such-charset-{i}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(unknown, Is.All.Null);
            Assert.That(CharsetResolver.FromName("no-such-charset-3"), Is.Null, "an unknown name asked again");
            Assert.That(CharsetResolver.FromName("UTF-8")?.WebName, Is.EqualTo("utf-8"));
            Assert.That(CharsetResolver.FromName("utf-8")?.WebName, Is.EqualTo("utf-8"), "another letter case");
            Assert.That(CharsetResolver.FromName(" 'Shift_JIS' ")?.CodePage, Is.EqualTo(932));
            Assert.That(CharsetResolver.FromName("shift_jis")?.CodePage, Is.EqualTo(932));
            Assert.That(CharsetResolver.FromName("tis-620")?.CodePage, Is.EqualTo(874));
        });
    }

    [Test]
    public void Decode_Windows874WithHeader_Correct()
    {
        var d = CharsetResolver.Decode(CharsetResolver.Thai.GetBytes($"<html><body>{Thai}</body></html>"), "text/html; charset=tis-620");
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Does.Contain(Thai));
            Assert.That(d.EncodingName, Is.EqualTo("windows-874"));
            Assert.That(d.Source, Is.EqualTo("http header"));
        });
    }

    [TestCase("text/html; charset=utf-8", 1)]
    [TestCase("text/html; charset=utf-8", 2)]
    [TestCase("text/html", 1)]
    [TestCase("text/html", 2)]
    [TestCase("text/html; charset=tis-620", 1)]
    [TestCase("text/html; charset=tis-620", 2)]
    public void Decode_Utf8ThaiCutInsideTheLastCharacter_StaysUtf8(string contentType, int cut)
    {
        // Given a UTF-8 Thai page whose body ends one or two bytes into a three-byte character (the size limit,
        // a dropped connection): those bytes are in TIS-620's Thai range, so the page once decoded as windows-874
        var bytes = Encoding.UTF8.GetBytes($"<html><body>{Thai} ข</body></html>");
        var end = Encoding.UTF8.GetByteCount($"<html><body>{Thai} ") + cut;

        // When
        var d = CharsetResolver.Decode(bytes.AsSpan(0, end), contentType);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(d.EncodingName, Is.EqualTo("utf-8"));
            Assert.That(d.Text, Does.EndWith(Thai + " "), "the cut character is left out, the rest is intact");
        });
    }

    [Test]
    public void Decode_Utf8DeclaredButInvalidInTheMiddle_StillWindows874()
    {
        // The tolerance is for the last character only: windows-874 bytes inside the page still decide.
        var body = CharsetResolver.Thai.GetBytes($"<html><body>{Thai}</body></html>");
        var d = CharsetResolver.Decode(body, "text/html; charset=utf-8");
        Assert.Multiple(() =>
        {
            Assert.That(d.EncodingName, Is.EqualTo("windows-874"));
            Assert.That(d.Text, Does.Contain(Thai));
        });
    }

    [Test]
    public void Decode_Windows874WithMetaOnly_UsesMeta()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-874\"></head><body>{Thai}</body></html>";
        var d = CharsetResolver.Decode(CharsetResolver.Thai.GetBytes(html), "text/html");
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Does.Contain(Thai));
            Assert.That(d.Source, Is.EqualTo("meta"));
        });
    }

    [Test]
    public void Decode_Windows874WithoutAnyDeclaration_Sniffed()
    {
        var d = CharsetResolver.Decode(CharsetResolver.Thai.GetBytes($"<html><body>{Thai}</body></html>"), null);
        Assert.That(d.Text, Does.Contain(Thai));
        Assert.That(d.EncodingName, Is.EqualTo("windows-874"));
    }

    [Test]
    public void Decode_HeaderSaysUtf8ButBytesAreTis620_Windows874()
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body>{Thai}</body></html>";
        var d = CharsetResolver.Decode(CharsetResolver.Thai.GetBytes(html), "text/html; charset=UTF-8");
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Does.Contain(Thai));
            Assert.That(d.Source, Does.Contain("declared utf-8, but the bytes are windows-874"));
        });
    }

    [Test]
    public void Decode_MetaSaysTis620ButBytesAreUtf8_Utf8()
    {
        var html = $"<html><head><meta charset=\"tis-620\"></head><body>{Thai}</body></html>";
        var d = CharsetResolver.Decode(Encoding.UTF8.GetBytes(html), "text/html");
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Does.Contain(Thai));
            Assert.That(d.EncodingName, Is.EqualTo("utf-8"));
        });
    }

    [Test]
    public void Decode_HeaderLatin1MetaThai_MetaWins()
    {
        var html = $"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=tis-620\"></head><body>{Thai}</body></html>";
        var d = CharsetResolver.Decode(CharsetResolver.Thai.GetBytes(html), "text/html; charset=ISO-8859-1");
        Assert.That(d.Text, Does.Contain(Thai));
    }

    [Test]
    public void Decode_BomWinsOverHeader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Thai)).ToArray();
        var d = CharsetResolver.Decode(bytes, "text/html; charset=windows-874");
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Is.EqualTo(Thai));
            Assert.That(d.Source, Is.EqualTo("byte-order mark"));
        });
    }
}
