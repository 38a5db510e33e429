using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Plain text from a DOM subtree with the paragraph structure kept: block elements become paragraphs
/// separated by a blank line, &lt;br&gt; a line break, runs of white space one space. Script, style and
/// other non-content elements are skipped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "figcaption", "main", "nav", "form", "hr", "address", "details", "summary",
        "center", "fieldset", "legend", "caption", "hgroup", "menu", "dir", "search", "body", "html",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select", "option", "head", "title", "meta", "link",
    };

    public static string Of(INode root, Func<string, bool>? dropLine = null)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        return Tidy(sb.ToString(), dropLine);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(sb, text.Data);
                    break;
                case IElement el when Skipped.Contains(el.LocalName):
                    break;
                case IElement el when el.LocalName == "br":
                    sb.Append('\n');
                    break;
                case IElement el when Blocks.Contains(el.LocalName):
                    sb.Append("\n\n");
                    Walk(el, sb);
                    sb.Append("\n\n");
                    break;
                case IElement el when el.LocalName is "td" or "th":
                    sb.Append(' ');
                    Walk(el, sb);
                    sb.Append(' ');
                    break;
                default:
                    Walk(child, sb);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n')) sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    /// <summary>Trims each line, drops the lines <paramref name="dropLine"/> rejects, and turns any run of blank
    /// lines into one paragraph break.</summary>
    public static string Tidy(string raw, Func<string, bool>? dropLine = null)
    {
        var sb = new StringBuilder(raw.Length);
        int blank = 0;
        foreach (var rawLine in raw.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) { blank++; continue; }
            if (dropLine is not null && dropLine(line)) { blank++; continue; }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            sb.Append(line);
            blank = 0;
        }
        return sb.ToString();
    }
}
