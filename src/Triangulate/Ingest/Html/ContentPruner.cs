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
        var removals = new List<IElement>();
        Visit(content);
        foreach (var el in removals) el.Remove();

        void Visit(IElement parent)
        {
            for (var el = parent.FirstElementChild; el is not null; el = el.NextElementSibling)
            {
                if (Reason(el) is { } reason)
                {
                    removals.Add(el);
                    removed?.Invoke(el, reason);
                    // The heading or label that introduced a removed list of links goes with it.
                    if (el.PreviousElementSibling is { } before && IsLabel(before) && !removals.Contains(before))
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
            if (tag == "p" || Headings.Contains(tag)) return mass.Text(el) > 0 && mass.LinkDensity(el) >= 0.9 ? "link line" : null;
            return null;
        }
    }

    /// <summary>A heading or a short line without a full stop: what labels a block ("Related", "More from us").</summary>
    private static bool IsLabel(IElement el)
    {
        if (Headings.Contains(el.LocalName)) return true;
        string text = el.TextContent.Trim();
        return el.LocalName is "p" or "div" or "strong" && text.Length is > 0 and <= 40 && !text.EndsWith('.');
    }
}
