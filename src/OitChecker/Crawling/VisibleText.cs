using System.Buffers;
using AngleSharp.Dom;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// The text a reader sees: scripts, styles and templates are skipped, block elements break lines,
/// and the result is cleaned with <see cref="ThaiFold.Clean"/>. Tab panes and collapsed accordion
/// bodies are included: their content is on the page, one click away.
/// </summary>
internal static class VisibleText
{
    /// <summary>Elements whose content a reader does not see as text.</summary>
    internal static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object", "select", "option",
    };

    /// <summary>Elements that start and end a line.</summary>
    internal static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
        "article", "header", "footer", "nav", "aside", "dd", "dt", "blockquote", "pre", "hr", "form", "fieldset", "legend",
        "figcaption", "caption", "main", "summary", "details", "label", "address",
    };

    /// <summary>Buffers above this many characters are not kept for the thread's next call.</summary>
    private const int KeptBufferChars = 64 * 1024;

    /// <summary>
    /// The thread's text buffer: every page asks for its own text, each heading's and each link context's, so the
    /// characters are gathered and cleaned in one reused array and only the result becomes a string.
    /// </summary>
    [ThreadStatic]
    private static char[]? _buffer;

    /// <summary>The cleaned visible text of a node, capped at <paramref name="max"/> characters.</summary>
    public static string Of(INode? node, int max)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var gathered = new Gather(_buffer ?? new char[1024]);
        _buffer = null; // a nested call (none today) would get its own buffer instead of overwriting this one
        Append((Node)node, ref gathered, max);
        var length = ThaiFold.CleanInPlace(gathered.Chars.AsSpan(0, gathered.Length));
        var text = length == 0 ? string.Empty : new string(gathered.Chars, 0, Math.Min(length, max));
        if (gathered.Chars.Length <= KeptBufferChars)
        {
            _buffer = gathered.Chars;
        }

        return text;
    }

    /// <summary>
    /// Walks the tree through AngleSharp's concrete <see cref="Node"/> and <see cref="Element"/> classes: their
    /// members are direct calls, while the same calls through <see cref="INode"/> and <see cref="IElement"/> were
    /// interface dispatches on a receiver of dozens of element classes, and testing every element for
    /// <see cref="IText"/> first scanned its long interface list.
    /// </summary>
    private static void Append(Node node, ref Gather gathered, int max)
    {
        if (gathered.Length > max * 2)
        {
            return;
        }

        if (node is Element e)
        {
            var name = e.LocalName;
            if (Skipped.Contains(name) || e.HasAttribute("hidden"))
            {
                return;
            }

            var block = Blocks.Contains(name);
            if (block)
            {
                gathered.AppendSpace('\n');
            }
            else if (name == "img" && e.GetAttribute("alt") is { Length: > 0 } alt)
            {
                gathered.AppendSpace(' ');
                gathered.Append(alt);
                gathered.AppendSpace(' ');
            }

            AppendChildren(e, ref gathered, max);
            if (block)
            {
                gathered.AppendSpace('\n');
            }
        }
        else if (node is IText t)
        {
            gathered.Append(t.Data);
        }
        else
        {
            AppendChildren(node, ref gathered, max);
        }
    }

    private static void AppendChildren(Node node, ref Gather gathered, int max)
    {
        var children = ((INode)node).ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Append((Node)children[i], ref gathered, max);
        }
    }

    /// <summary>Every character <see cref="ThaiFold.Clean"/> treats as white space.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray());

    /// <summary>
    /// Characters appended into a growable array. White space is gathered already collapsed: the cleaning that
    /// follows turns every run of it into one space (none at the start), so a run is kept as its first character
    /// only. On real CMS pages about half of the text characters, and most text nodes, are the indentation
    /// between tags.
    /// </summary>
    private struct Gather(char[] chars)
    {
        public char[] Chars = chars;

        public int Length;

        /// <summary>Appends a white-space character unless the text so far is empty or already ends in white space.</summary>
        public void AppendSpace(char c)
        {
            if (Length == 0 || char.IsWhiteSpace(Chars[Length - 1]))
            {
                return;
            }

            if (Length == Chars.Length)
            {
                Grow(1);
            }

            Chars[Length++] = c;
        }

        public void Append(string s)
        {
            if (!s.AsSpan().ContainsAnyExcept(WhiteSpace))
            {
                if (s.Length > 0)
                {
                    AppendSpace(s[0]);
                }

                return;
            }

            if (Chars.Length - Length < s.Length)
            {
                Grow(s.Length);
            }

            s.CopyTo(0, Chars, Length, s.Length);
            Length += s.Length;
        }

        private void Grow(int more) => Array.Resize(ref Chars, Math.Max(Chars.Length * 2, Length + more));
    }
}
