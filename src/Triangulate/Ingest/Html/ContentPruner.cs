using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Cleans the container Readability chose: inside an article body sit image captions and credits, lists of
/// related links, promotional one-line links to other stories, and the headings that introduce them. None of it
/// is the article's text. Each rule is a general signal (class words, link density, position), not a site rule.
/// </summary>
internal static class ContentPruner
{
    private static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <param name="removed">Told of each removal and why (for debugging an extraction).</param>
    public static void Prune(IElement content, Action<IElement, string>? removed = null)
    {
        var mass = new TextMass(content);
        int substantial = Math.Max(300, mass.Total / 4);
        var removals = new HashSet<IElement>();
        Visit(content);
        foreach (var el in removals) el.Remove();

        void Visit(IElement parent)
        {
            var children = Dom.ElementChildren(parent);
            for (int i = 0; i < children.Count; i++)
            {
                var el = children[i];
                // Quotations are the article's (or an embedded post's) words, links and all.
                if (el.LocalName == "blockquote") continue;
                if (Reason(el) is { } reason && !PageCleaner.IsQuotation(el))
                {
                    removals.Add(el);
                    removed?.Invoke(el, reason);
                    // The heading or label that introduced a removed list of links goes with it.
                    if (reason == "link list" && i > 0 && children[i - 1] is var before && IsLabel(before) && !removals.Contains(before))
                    {
                        removals.Add(before);
                        removed?.Invoke(before, "label of " + reason);
                    }
                }
                else Visit(el);
            }
        }

        string? Reason(IElement el)
        {
            if (PageCleaner.Boilerplate.Match(el.GetAttribute("class"), el.Id) is { } word)
                return mass.NonLink(el) >= substantial ? null : "class " + word;
            string tag = el.LocalName;
            if (tag is "ul" or "ol") return mass.LinkDensity(el) > 0.5 ? "link list" : null;
            if (tag == "p")
            {
                // A paragraph that is one link is a teaser for another page, unless it is a visible address (a
                // reference the article gives). Headings that are links are kept: list articles link their items.
                if (mass.Text(el) > 0 && mass.LinkDensity(el) >= 0.9 && !LooksLikeAddress(el.TextContent)) return "link line";
                // "Related: <link>", "SEE MORE: <link>": a short label and a link to another story.
                if (mass.LinkDensity(el) >= 0.6 && mass.NonLink(el) <= 15 && HasLabel(el) && !LinksToAddress(el)) return "labelled link";
                return null;
            }
            return IsListing(Dom.ElementChildren(el), mass) ? "listing" : null;
        }
    }

    /// <summary>
    /// A grid or list of teasers for other pages: at least four child elements of the same tag and class, short,
    /// nearly all of them holding a link. Article paragraphs do not repeat like that with a link in each.
    /// </summary>
    private static bool IsListing(List<IElement> children, TextMass mass)
    {
        if (children.Count < 4) return false;
        var groups = new Dictionary<(string Tag, string Class), (int Count, int Linked, int Text)>();
        foreach (var child in children)
        {
            if (mass.Text(child) == 0) continue;
            var key = (child.LocalName, child.GetAttribute("class") ?? "");
            var (count, linked, text) = groups.GetValueOrDefault(key);
            bool hasLink = mass.Text(child) > mass.NonLink(child) || child.QuerySelector("a[href]") is not null;
            groups[key] = (count + 1, linked + (hasLink ? 1 : 0), text + mass.Text(child));
        }
        foreach (var ((tag, cls), (count, linked, text)) in groups)
        {
            if (count < 4 || tag is "p" or "br" or "span" or "a") continue;
            if (cls.Length == 0 && tag is not ("li" or "article")) continue;
            if (linked * 4 >= count * 3 && text / count < 300 && count * 2 >= children.Count) return true;
        }
        return false;
    }

    /// <summary>Whether the text outside the element's links has a letter in it (a label, not just brackets).</summary>
    private static bool HasLabel(IElement el)
    {
        foreach (var node in el.ChildNodes)
        {
            if (node is IElement { LocalName: "a" }) continue;
            if (node is IElement child ? HasLabel(child) : node.TextContent.Any(char.IsLetter)) return true;
        }
        return false;
    }

    private static bool LinksToAddress(IElement el) => el.GetElementsByTagName("a").Any(a => LooksLikeAddress(a.TextContent));

    private static bool LooksLikeAddress(string text)
    {
        var t = text.AsSpan().Trim();
        return t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (!t.ContainsAny(' ', '\u00A0') && (t.Contains('.') || t.Contains('@')) && t.Length > 4);
    }

    /// <summary>A heading or a short line without a full stop: what labels a block ("Related", "More from us").</summary>
    private static bool IsLabel(IElement el)
    {
        if (Headings.Contains(el.LocalName)) return true;
        string text = el.TextContent.Trim();
        return el.LocalName is "p" or "div" or "strong" && text.Length is > 0 and <= 40 && !text.EndsWith('.');
    }
}
