using System.Text;
using OitChecker.Benchmarks;
using OitChecker.Crawling;
using OitChecker.Documents;
using OitChecker.Testing;
using OitChecker.Text;

namespace OitChecker.Tests.Documents;

[TestFixture]
public sealed class DocumentReaderTests
{
    [Test]
    public void Read_PoknoiPdfs_ScannedOneFlaggedOthersOpenAndThaiTextExtracted()
    {
        // Given the 23 PDFs of the real poknoi site (read in place)
        var files = Directory.GetFiles(RepoPaths.RealSite("poknoi-docs"), "*.pdf", SearchOption.AllDirectories);

        // When
        var results = files.ToDictionary(f => Path.GetRelativePath(RepoPaths.RealSite("poknoi-docs"), f), f => DocumentReader.Read(File.ReadAllBytes(f), ContentFormat.Pdf));

        // Then
        var scanned = results.Where(r => r.Value.Facts.IsScanned).Select(r => r.Key).ToList();
        var withLayer = results.Where(r => !r.Value.Facts.IsScanned).ToList();
        var readable = withLayer.Where(r => r.Value.Facts.HasText).ToList();
        var garbled = withLayer.Where(r => !r.Value.Facts.HasText).ToList();
        var poknoi = results[Path.Combine("modules", "upload", "pdf", "poknoi.pdf")];
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(23));
            Assert.That(scanned, Is.EqualTo(new[] { Path.Combine("modules", "upload", "pdf", "59.pdf") }));
            Assert.That(results[scanned[0]].Facts.PageCount, Is.EqualTo(9));
            Assert.That(withLayer, Has.Count.EqualTo(22));
            Assert.That(withLayer.All(r => r.Value.Facts.Opens && r.Value.Facts.PageCount > 0), Is.True);
            Assert.That(readable, Has.Count.EqualTo(13), string.Join(", ", readable.Select(r => r.Key)));
            Assert.That(garbled.All(r => r.Value.Facts.Error!.Contains("no Unicode map", StringComparison.Ordinal)), Is.True);
            Assert.That(ThaiFold.Contains(poknoi.Text, "ประกาศเทศบาลตำบลพอกน้อย"), Is.True, poknoi.Text[..200]);
            Assert.That(ThaiFold.Contains(poknoi.Text, "สอบราคาโครงการก่อสร้างรั้วกำแพงกันดิน"), Is.True);
        });
    }

    [Test]
    public void Read_SaiyoidenchaiMedianPricePdf_ExtractsThaiHeading()
    {
        // Given a real procurement document of อบต.ไทรย้อย
        var path = Path.Combine(RepoPaths.RealSite("saiyoidenchai"), "images", "file", "ราคากลาง ปปช.pdf");

        // When
        var r = DocumentReader.Read(File.ReadAllBytes(path), ContentFormat.Pdf);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Opens, Is.True);
            Assert.That(r.Facts.HasText, Is.True);
            Assert.That(r.Facts.PageCount, Is.EqualTo(1));
            Assert.That(r.Text, Does.Contain("วงเงินงบประมาณที่ได้รับจัดสรรและราคากลาง"));
        });
    }

    [Test]
    public void Read_GeneratedTextPdf_PageCountAndText()
    {
        var pdf = SamplePdf.Text([["Procurement report October 2024", "Item one"], ["Second page"]]);

        var r = DocumentReader.Read(pdf, DocumentSniffer.Sniff(pdf, "application/octet-stream", "/x.bin"));

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Type, Is.EqualTo("pdf"));
            Assert.That(r.Facts.PageCount, Is.EqualTo(2));
            Assert.That(r.Facts.HasText, Is.True);
            Assert.That(r.Facts.IsScanned, Is.False);
            Assert.That(r.Facts.SizeBytes, Is.EqualTo(pdf.Length));
            Assert.That(r.Text, Does.Contain("Procurement report October 2024").And.Contain("Second page"));
        });
    }

    [Test]
    public void Read_ImageOnlyPdf_IsScanned()
    {
        var r = DocumentReader.Read(SamplePdf.Scanned(3), ContentFormat.Pdf);

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Opens, Is.True);
            Assert.That(r.Facts.PageCount, Is.EqualTo(3));
            Assert.That(r.Facts.IsScanned, Is.True);
            Assert.That(r.Facts.HasText, Is.False);
        });
    }

    [Test]
    public void Read_DamagedPdf_DoesNotOpenAndSaysWhy()
    {
        var r = DocumentReader.Read(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref"), ContentFormat.Pdf);

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Opens, Is.False);
            Assert.That(r.Facts.Error, Is.Not.Null.And.Not.Empty);
        });
    }

    [Test]
    public void Read_TruncatedDownload_NotReadAndSizeFromHeader()
    {
        var r = DocumentReader.Read(new byte[1000], ContentFormat.Pdf, truncated: true, declaredSize: 5_000_000);

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Opens, Is.False);
            Assert.That(r.Facts.SizeBytes, Is.EqualTo(5_000_000));
            Assert.That(r.Facts.Error, Does.Contain("download limit"));
        });
    }

    [Test]
    public void Read_Docx_TextAndPageCount()
    {
        var docx = TestOfficeFiles.Docx(["คู่มือการปฏิบัติงาน", "สำนักปลัดเทศบาล ปีงบประมาณ พ.ศ. 2567"], pages: 12);

        var r = DocumentReader.Read(docx, DocumentSniffer.Sniff(docx, null, "/manual.docx"));

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Type, Is.EqualTo("docx"));
            Assert.That(r.Facts.PageCount, Is.EqualTo(12));
            Assert.That(r.Facts.HasText, Is.True);
            Assert.That(r.Text, Does.Contain("คู่มือการปฏิบัติงาน").And.Contain("ปีงบประมาณ พ.ศ. 2567"));
        });
    }

    [Test]
    public void Read_Xlsx_SheetHeadersAndCells()
    {
        var xlsx = TestOfficeFiles.Xlsx(
            ("ตุลาคม", [["ลำดับ", "งานที่จัดซื้อจัดจ้าง", "วงเงิน"], ["1", "จ้างเหมาซ่อมถนน", "50000"]]),
            ("พฤศจิกายน", [["ลำดับ", "งานที่จัดซื้อจัดจ้าง", "ผู้ชนะ"]]));

        var r = DocumentReader.Read(xlsx, DocumentSniffer.Sniff(xlsx, "application/octet-stream", "/report"));

        Assert.Multiple(() =>
        {
            Assert.That(r.Facts.Type, Is.EqualTo("xlsx"));
            Assert.That(r.Facts.SheetHeaders, Has.Count.EqualTo(2));
            Assert.That(r.Facts.SheetHeaders[0], Is.EqualTo(new[] { "ลำดับ", "งานที่จัดซื้อจัดจ้าง", "วงเงิน" }));
            Assert.That(r.Facts.SheetHeaders[1], Does.Contain("ผู้ชนะ"));
            Assert.That(r.Text, Does.Contain("จ้างเหมาซ่อมถนน").And.Contain("50000"));
        });
    }

    [Test]
    public void Read_CsvInWindows874_DecodesHeader()
    {
        var csv = CharsetResolver.Thai.GetBytes("ลำดับ,รายการ,\"จำนวนเงิน, บาท\"\n1,ซ่อมถนน,100\n");

        var r = DocumentReader.Read(csv, ContentFormat.Csv);

        Assert.That(r.Facts.SheetHeaders.Single(), Is.EqualTo(new[] { "ลำดับ", "รายการ", "จำนวนเงิน, บาท" }));
    }
}
