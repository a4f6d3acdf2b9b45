using System.IO.Compression;
using System.Text;
using OitChecker.Crawling;
using OitChecker.Text;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class PageSnapshotTests
{
    [Test]
    public void Dates_HtmlPage_FoundInTitleHeadingsAndText()
    {
        var page = new PageSnapshot
        {
            Url = "http://x/a",
            FinalUrl = "http://x/a",
            Kind = ResourceKind.Html,
            Title = "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
            Headings = ["สรุปผลเดือนตุลาคม 2564"],
            Text = "ประกาศ ณ วันที่ 1 ต.ค. 64",
        };

        var dates = page.Dates;

        Assert.Multiple(() =>
        {
            Assert.That(dates.Any(d => d.Kind == DateKind.FiscalYear && d.Year == 2565), Is.True, "title");
            Assert.That(dates.Any(d => d.Kind == DateKind.Month && d.Year == 2564 && d.Month == 10), Is.True, "heading");
            Assert.That(dates.Any(d => d.Kind == DateKind.Day && d.Year == 2564 && d.Month == 10 && d.Day == 1), Is.True, "text");
        });
    }

    [Test]
    public void Dates_Document_FoundInTextOnlyAtTheTextsOwnPositions()
    {
        var doc = new PageSnapshot { Url = "http://x/a.pdf", FinalUrl = "http://x/a.pdf", Kind = ResourceKind.Document, Title = "ไม่ใช่ 2560", Text = "รายงาน มีนาคม 2565" };

        var dates = doc.Dates;

        Assert.That(dates.Select(d => (d.Year, d.Month, d.Index)), Is.EqualTo(new[] { ((int?)2565, (int?)3, 7) }));
    }

    [Test]
    public void Pack_DoesNotStoreDates_AndTheyComeBackFromTheText()
    {
        var page = new PageSnapshot
        {
            Url = "http://x/a",
            FinalUrl = "http://x/a",
            Kind = ResourceKind.Html,
            Status = 200,
            Text = "วันที่ 5 มกราคม 2566",
            Links = [new LinkRef("http://x/b", "ข", null, ["ITA", "O1"], "a")],
        };

        var packed = SnapshotJson.Pack(page);
        var stored = Decompress(packed);
        var text = Encoding.UTF8.GetString(stored);
        var back = SnapshotJson.Unpack(packed);

        Assert.Multiple(() =>
        {
            Assert.That(stored[0], Is.EqualTo(2), "compact form");
            Assert.That(text, Does.Not.Contain("\"Dates\"").And.Not.Contain("IsUsable").And.Not.Contain("SectionPath"), "computed values are not stored: " + text);
            Assert.That(text, Does.Contain("\"Text\":\"ข\""), "Thai in the JSON part is UTF-8, not escaped: " + text);
            Assert.That(text, Does.Not.Contain("มกราคม"), "the page text is not in the JSON part");
            Assert.That(back.Text, Is.EqualTo(page.Text));
            Assert.That(back.IsUsable, Is.True);
            Assert.That(back.Links.Single().SectionPath, Is.EqualTo(page.Links[0].SectionPath));
            Assert.That(back.Dates.Single().Day, Is.EqualTo(5));
            Assert.That(back.Dates.Single().Year, Is.EqualTo(2566));
        });
    }

    [Test]
    public void Pack_ThaiPageText_RoundTripsAndTakesAboutOneByteALetter()
    {
        var thai = string.Concat(Enumerable.Repeat("ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม พ.ศ. ๒๕๖๔ “ฉบับที่ 1” – ", 200));
        var page = new PageSnapshot { Url = "http://x/a", FinalUrl = "http://x/a", Kind = ResourceKind.Html, Status = 200, Text = thai, Title = "ประกาศ" };

        var stored = Decompress(SnapshotJson.Pack(page));
        var back = SnapshotJson.Unpack(SnapshotJson.Pack(page));

        Assert.Multiple(() =>
        {
            Assert.That((back.Url, back.Title, back.Status), Is.EqualTo((page.Url, page.Title, page.Status)));
            Assert.That(back.Text, Is.EqualTo(thai));
            Assert.That(stored.Length, Is.LessThan(thai.Length * 1.2), "one byte per Thai letter, three for the few quote marks and dashes");
        });
    }

    [Test]
    public void Unpack_PlainJsonWrittenBeforeTheCompactForm_StillReads()
    {
        // History databases from earlier versions hold gzip-compressed JSON with the text inside it.
        const string json = """{"Url":"http://x/old","FinalUrl":"http://x/old","Status":200,"Text":"ข้อมูลเดิม ปี 2565","Title":"เก่า"}""";
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(json));
        }

        var back = SnapshotJson.Unpack(ms.ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(back.Url, Is.EqualTo("http://x/old"));
            Assert.That(back.Text, Is.EqualTo("ข้อมูลเดิม ปี 2565"));
            Assert.That(back.Title, Is.EqualTo("เก่า"));
        });
    }

    [Test]
    public void Unpack_JsonLengthBeyondTheData_IsInvalidData()
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write([2, 0xFF, 0, 0, 0, (byte)'{', (byte)'}']);
        }

        Assert.That(() => SnapshotJson.Unpack(ms.ToArray()), Throws.TypeOf<InvalidDataException>().With.Message.Contains("255"));
    }

    private static byte[] Decompress(byte[] packed)
    {
        using var gz = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gz.CopyTo(raw);
        return raw.ToArray();
    }

    [Test]
    public void Pack_SameSnapshotForBothStores_PackedOnce_AChangedCopyPackedAnew()
    {
        // With a revisit store every page is kept twice; the second store must reuse the first one's bytes,
        // and a snapshot changed with `with` (a new instance) must never get the old bytes.
        var page = new PageSnapshot { Url = "http://x/a", FinalUrl = "http://x/a", Kind = ResourceKind.Html, Status = 200, Text = "ข้อมูลพื้นฐาน" };
        var changed = page with { Text = "ข้อมูลพื้นฐาน ฉบับแก้ไข" };

        var first = SnapshotJson.Pack(page);
        var second = SnapshotJson.Pack(page);
        var other = SnapshotJson.Pack(changed);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(other, Is.Not.SameAs(first));
            Assert.That(SnapshotJson.Unpack(other).Text, Is.EqualTo("ข้อมูลพื้นฐาน ฉบับแก้ไข"));
            Assert.That(SnapshotJson.Unpack(second).Text, Is.EqualTo("ข้อมูลพื้นฐาน"));
        });
    }
}
