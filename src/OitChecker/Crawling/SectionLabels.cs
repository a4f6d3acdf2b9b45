using AngleSharp.Dom;

namespace OitChecker.Crawling;

/// <summary>
/// Finds the elements of a page that label the content inside them — tab panes (Bootstrap/ARIA tabs:
/// a control with href="#id", data-bs-target, data-target or aria-controls names the pane), collapsed
/// accordion bodies, &lt;details&gt; with their &lt;summary&gt;, cards and panels with a header,
/// fieldsets with a legend — so that a link inside "ITA 2565 › O23" can be told from the same link text
/// under "ITA 2564".
/// </summary>
internal sealed class SectionLabels
{
    private const int MaxLabel = 150;
    private readonly Dictionary<IElement, string> _labels = [];

    private SectionLabels()
    {
    }

    /// <summary>Labelled container elements and their labels.</summary>
    public IReadOnlyDictionary<IElement, string> Labels => _labels;

    public static SectionLabels Build(IDocument doc)
    {
        // One walk over the page collects the candidates of every kind (five selector queries walked it five
        // times); they are then labelled kind by kind in the order the first label wins.
        List<IElement> controls = [], panels = [], details = [], fieldsets = [], cards = [];

        // Element ids seen on the walk, the first in tree order winning as with getElementById: real pages carry
        // dozens of in-page links (href="#top", menu toggles), and a getElementById per target walked the page.
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var item in doc.All)
        {
            var e = (Element)item; // direct calls, not interface dispatch (see VisibleText)
            switch (e.LocalName)
            {
                case "details":
                    details.Add(e);
                    break;
                case "fieldset":
                    fieldsets.Add(e);
                    break;
            }

            // One look at each attribute (most elements have none or one) instead of a lookup per selector.
            bool control = false, tabpanel = false, labelledBy = false, card = false;
            var attributes = item.Attributes;
            for (var k = 0; k < attributes.Length; k++)
            {
                var a = attributes[k]!;
                switch (a.Name)
                {
                    case "href":
                        control |= a.Value is { Length: > 0 } href && href[0] == '#';
                        break;
                    case "data-bs-target" or "data-target" or "aria-controls":
                        control = true;
                        break;
                    case "role":
                        tabpanel = a.Value == "tabpanel";
                        break;
                    case "aria-labelledby":
                        labelledBy = true;
                        break;
                    case "class":
                        card = HtmlClasses.Any(a.Value, CardClasses);
                        break;
                    case "id" when a.Value.Length > 0:
                        byId.TryAdd(a.Value, e);
                        break;
                }
            }

            if (control)
            {
                controls.Add(e);
            }

            if (tabpanel && labelledBy)
            {
                panels.Add(e);
            }

            if (card)
            {
                cards.Add(e);
            }
        }

        var s = new SectionLabels();
        foreach (var control in controls)
        {
            string? label = null;
            foreach (var id in TargetIds(control))
            {
                if (byId.GetValueOrDefault(id) is { } pane && pane != control && !pane.Contains(control))
                {
                    // The label is read only for a control that names a pane on the page.
                    label ??= VisibleText.Of(control, MaxLabel);
                    if (label.Length == 0)
                    {
                        break;
                    }

                    s._labels.TryAdd(pane, label);
                }
            }
        }

        foreach (var panel in panels)
        {
            if (byId.GetValueOrDefault(panel.GetAttribute("aria-labelledby")!) is { } by && VisibleText.Of(by, MaxLabel) is { Length: > 0 } label)
            {
                s._labels.TryAdd(panel, label);
            }
        }

        foreach (var d in details)
        {
            if (d.QuerySelector("summary") is { } summary && VisibleText.Of(summary, MaxLabel) is { Length: > 0 } label)
            {
                s._labels.TryAdd(d, label);
            }
        }

        foreach (var fieldset in fieldsets)
        {
            if (fieldset.QuerySelector("legend") is { } legend && VisibleText.Of(legend, MaxLabel) is { Length: > 0 } label)
            {
                s._labels.TryAdd(fieldset, label);
            }
        }

        foreach (var card in cards)
        {
            var header = card.Children.FirstOrDefault(c => HtmlClasses.Any(c.GetAttribute("class"), HeaderClasses));
            if (header is not null && VisibleText.Of(header, MaxLabel) is { Length: > 0 } label)
            {
                s._labels.TryAdd(card, label);
            }
        }

        return s;
    }

    /// <summary>Containers labelled by a header child (<c>.card,.panel,.accordion-item,.box</c>).</summary>
    private static readonly string[] CardClasses = ["card", "panel", "accordion-item", "box"];

    /// <summary>The child of such a container that holds its label.</summary>
    private static readonly string[] HeaderClasses = ["card-header", "panel-heading", "accordion-header", "box-header", "card-title", "panel-title"];

    /// <summary>Elements whose text is a label, not content (a heading inside one is not a section of its own).</summary>
    private static readonly string[] LabelClasses = ["card-header", "panel-heading", "accordion-header", "box-header"];

    /// <summary>True when the element holds the label of a container (its header, summary, legend or tab control).</summary>
    public static bool IsLabelElement(IElement e) =>
        e.LocalName is "summary" or "legend" || HtmlClasses.Any(e.GetAttribute("class"), LabelClasses);

    private static IEnumerable<string> TargetIds(IElement control)
    {
        foreach (var attr in new[] { "data-bs-target", "data-target", "href" })
        {
            var v = control.GetAttribute(attr);
            if (v is { Length: > 1 } && v[0] == '#' && v.IndexOfAny([' ', ',', '.', '[']) < 0)
            {
                yield return v[1..];
            }
        }

        if (control.GetAttribute("aria-controls") is { Length: > 0 } ids)
        {
            foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return id;
            }
        }
    }
}
