using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// How much text each element holds, and how much of it sits inside links, counted once for the whole tree
/// (one walk, sums passed up to ancestors). Non-link text is what tells an article body from chrome: menus and
/// related-story lists are mostly links, and an article is mostly not, whatever tags it uses for paragraphs.
/// </summary>
internal sealed class TextMass
{
    private readonly Dictionary<IElement, (int Text, int Linked)> mass = new();

    public TextMass(IElement root)
    {
        Walk(root, inLink: false);
        Total = NonLink(root);
    }

    /// <summary>Non-link characters (white space not counted) of the root.</summary>
    public int Total { get; }

    public int Text(IElement el) => mass.GetValueOrDefault(el).Text;

    public int NonLink(IElement el)
    {
        var (text, linked) = mass.GetValueOrDefault(el);
        return text - linked;
    }

    /// <summary>The share of the element's text inside links (0 when it has no text).</summary>
    public double LinkDensity(IElement el)
    {
        var (text, linked) = mass.GetValueOrDefault(el);
        return text == 0 ? 0 : (double)linked / text;
    }

    private (int Text, int Linked) Walk(IElement el, bool inLink)
    {
        bool link = inLink || el.LocalName == "a";
        int text = 0, linked = 0;
        var children = el.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t)
            {
                int n = Count(t.Data);
                text += n;
                if (link) linked += n;
            }
            else if (child is IElement e)
            {
                var (ct, cl) = Walk(e, link);
                text += ct;
                linked += cl;
            }
        }
        mass[el] = (text, linked);
        return (text, linked);
    }

    private static int Count(string data)
    {
        int n = 0;
        foreach (char c in data) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
