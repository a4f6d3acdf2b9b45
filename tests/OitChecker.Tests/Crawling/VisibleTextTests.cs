using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OitChecker.Crawling;
using OitChecker.Testing;
using OitChecker.Text;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// The visible text gathers white space already collapsed. On every element of the real municipal pages in
/// ../shared/realsites, the result must be what gathering everything and then cleaning gives.
/// </summary>
[TestFixture]
public sealed class VisibleTextTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, SkipComments = true });

    [Test]
    public void Of_IndentationBlocksAndAltText_OneSpaceBetweenWords()
    {
        using var doc = Parser.ParseDocument("<body>\n   <div>\n\t <p>  ข้อมูล  </p>\n\n  <p>พื้นฐาน<img alt=\"แผนผัง\"></p> \u00A0 <span>  </span>x</div>\n</body>");

        Assert.That(VisibleText.Of(doc.Body, 1000), Is.EqualTo("ข้อมูล พื้นฐาน แผนผัง x"));
    }

    [Test]
    public void Of_RealMunicipalPages_SameAsGatheringEverythingThenCleaning()
    {
        var pages = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "realsites"), "*.html", SearchOption.AllDirectories);
        Assume.That(pages, Is.Not.Empty, "../shared/realsites has no HTML pages");
        int equal = 0, longer = 0;
        foreach (var page in pages)
        {
            var html = CharsetResolver.Decode(File.ReadAllBytes(page), "text/html").Text;
            using var doc = Parser.ParseDocument(html);
            var elements = new List<INode?> { doc.Body };
            elements.AddRange(doc.QuerySelectorAll("li, tr, td, a, h1, h2, h3, div").Take(400));
            foreach (var node in elements)
            {
                foreach (var max in new[] { 40, 400, HtmlExtractor.MaxText })
                {
                    var expected = Reference(node, max);
                    var actual = VisibleText.Of(node, max);
                    if (actual == expected)
                    {
                        equal++;
                        continue;
                    }

                    // The only allowed difference: the gathering stops after 2 × max characters, and collapsed
                    // white space lets more of the text in before that point, never other text.
                    Assert.That(actual, Does.StartWith(expected).And.Length.LessThanOrEqualTo(max), $"{page}: {node?.NodeName}, max {max}");
                    longer++;
                }
            }
        }

        Assert.That(equal, Is.GreaterThan(1000), $"equal {equal}, longer {longer}");
    }

    /// <summary>The text gathered whole (every white-space character kept, same elements skipped and breaking lines) and then cleaned: the behaviour to keep.</summary>
    private static string Reference(INode? node, int max)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Gather(node, sb, max);
        var text = ThaiFold.Clean(sb.ToString());
        return text.Length > max ? text[..max] : text;
    }

    private static void Gather(INode node, StringBuilder sb, int max)
    {
        if (sb.Length > max * 2)
        {
            return;
        }

        if (node is IText t)
        {
            sb.Append(t.Data);
            return;
        }

        var block = false;
        if (node is IElement e)
        {
            if (VisibleText.Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"))
            {
                return;
            }

            block = VisibleText.Blocks.Contains(e.LocalName);
            if (block)
            {
                sb.Append('\n');
            }
            else if (e.LocalName == "img" && e.GetAttribute("alt") is { Length: > 0 } alt)
            {
                sb.Append(' ').Append(alt).Append(' ');
            }
        }

        foreach (var child in node.ChildNodes)
        {
            Gather(child, sb, max);
        }

        if (block)
        {
            sb.Append('\n');
        }
    }
}
