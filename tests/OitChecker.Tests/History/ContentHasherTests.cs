using System.Text;
using OitChecker.History;

namespace OitChecker.Tests.History;

public sealed class ContentHasherTests
{
    [Test]
    public void Hash_HtmlDifferingOnlyInScriptsAndMarkup_IsEqual()
    {
        var a = Encoding.UTF8.GetBytes("<html><body><h1>แผนการใช้จ่าย</h1><script>var visits=1;</script><p>ปี 2568</p></body></html>");
        var b = Encoding.UTF8.GetBytes("<html>\n<body>\n  <h1>แผนการใช้จ่าย</h1>\n<script>var visits=2;</script>\n  <p>ปี 2568</p></body></html>");
        Assert.That(ContentHasher.Hash(a, "text/html; charset=utf-8"), Is.EqualTo(ContentHasher.Hash(b, "text/html")));
    }

    [Test]
    public void Hash_HtmlWithChangedText_Differs()
    {
        var a = Encoding.UTF8.GetBytes("<html><body><p>ปี 2568</p></body></html>");
        var b = Encoding.UTF8.GetBytes("<html><body><p>ปี 2569</p></body></html>");
        Assert.That(ContentHasher.Hash(a, null), Is.Not.EqualTo(ContentHasher.Hash(b, null)));
    }

    [Test]
    public void Hash_Document_IsSha256OfTheBytes()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4 test");
        Assert.That(ContentHasher.Hash(bytes, "application/pdf"), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
    }
}
