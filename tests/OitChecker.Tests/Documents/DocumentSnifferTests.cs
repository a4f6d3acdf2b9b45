using System.Text;
using OitChecker.Benchmarks;
using OitChecker.Documents;

namespace OitChecker.Tests.Documents;

[TestFixture]
public sealed class DocumentSnifferTests
{
    [Test]
    public void Sniff_HtmlServedAsPdf_IsHtmlAndClaimedPdf()
    {
        var body = Encoding.UTF8.GetBytes("\n  <!DOCTYPE html><html><head><title>ไม่พบไฟล์</title></head></html>");

        Assert.Multiple(() =>
        {
            Assert.That(DocumentSniffer.Sniff(body, "application/pdf", "/files/report.pdf"), Is.EqualTo(ContentFormat.Html));
            Assert.That(DocumentSniffer.Claimed("text/html", "/files/report.pdf"), Is.EqualTo(ContentFormat.Pdf));
            Assert.That(DocumentSniffer.Claimed("text/html", "/files/report.PDF?download=1"), Is.EqualTo(ContentFormat.Pdf));
            Assert.That(DocumentSniffer.Claimed("text/html", "/news.php"), Is.Null);
        });
    }

    [Test]
    public void Sniff_PdfAsOctetStream_IsPdf() =>
        Assert.That(DocumentSniffer.Sniff(SamplePdf.Text([["x"]]), "application/octet-stream", "/download.php?id=5"), Is.EqualTo(ContentFormat.Pdf));

    [Test]
    public void Sniff_ZipContainers_ToldApartByParts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DocumentSniffer.Sniff(TestOfficeFiles.Docx(["a"]), null, "/a.zip"), Is.EqualTo(ContentFormat.Docx));
            Assert.That(DocumentSniffer.Sniff(TestOfficeFiles.Xlsx(("s", [["a"]])), null, "/a.docx"), Is.EqualTo(ContentFormat.Xlsx));
        });
    }

    [Test]
    public void Sniff_OleFile_DocOrXlsByClaim()
    {
        var ole = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);

        Assert.Multiple(() =>
        {
            Assert.That(DocumentSniffer.Sniff(ole, "application/vnd.ms-excel", "/a"), Is.EqualTo(ContentFormat.Xls));
            Assert.That(DocumentSniffer.Sniff(ole, null, "/a.doc"), Is.EqualTo(ContentFormat.Doc));
        });
    }

    [Test]
    public void Sniff_PngImage_IsImage() =>
        Assert.That(DocumentSniffer.Sniff(SamplePdf.GreyPng(4, 4), "application/pdf", "/a.pdf"), Is.EqualTo(ContentFormat.Image));
}
