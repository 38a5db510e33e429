namespace Triangulate.Ingest.Html;

/// <summary>
/// A linear pre-scan of raw markup for runaway nesting. AngleSharp caps its tree at 512 levels, but every start
/// tag past the cap still costs work proportional to the open-element stack: 20,000 unclosed &lt;div&gt;s
/// (100 KB) take seconds to parse. Real article pages nest a few dozen levels, so the scan counts start tags
/// that open a level (not void elements, not the ones the parser closes implicitly, not raw-text content)
/// against end tags, and reports markup that goes far past any real page.
/// </summary>
internal static class MarkupDepth
{
    public const int Limit = 1_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image",
    };

    /// <summary>Elements the parser closes when a sibling opens, so unclosed ones do not nest.</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "nobr", "button", "form", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>Whether the markup opens more than <paramref name="limit"/> levels at some point.</summary>
    public static bool Exceeds(string html, int limit = Limit)
    {
        int depth = 0;
        var span = html.AsSpan();
        int i = 0;
        while (true)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0) return false;
            i += lt + 1;
            if (i >= span.Length) return false;
            char c = span[i];
            if (c == '!')
            {
                int end = span[i..].StartsWith("!--") ? span[i..].IndexOf("-->") : span[i..].IndexOf('>');
                if (end < 0) return false;
                i += end + 1;
                continue;
            }
            bool closing = c == '/';
            if (closing) i++;
            int nameStart = i;
            while (i < span.Length && char.IsAsciiLetterOrDigit(span[i])) i++;
            if (i == nameStart) continue;
            var name = span[nameStart..i];
            int gt = span[i..].IndexOf('>');
            if (gt < 0) return false;
            bool selfClosing = gt > 0 && span[i + gt - 1] == '/';
            i += gt + 1;
            string tag = name.ToString();
            if (closing)
            {
                if (!Void.Contains(tag) && !ImpliedEnd.Contains(tag) && depth > 0) depth--;
                continue;
            }
            if (RawText.Contains(tag))
            {
                // Skip to the matching end tag: script and style bodies hold "<" that are not tags.
                int end = IndexOfEndTag(span[i..], tag);
                if (end < 0) return false;
                i += end;
                continue;
            }
            if (selfClosing || Void.Contains(tag) || ImpliedEnd.Contains(tag)) continue;
            if (++depth > limit) return true;
        }
    }

    private static int IndexOfEndTag(ReadOnlySpan<char> rest, string tag)
    {
        int offset = 0;
        while (true)
        {
            int at = rest[offset..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0) return -1;
            offset += at + 2;
            if (rest[offset..].StartsWith(tag, StringComparison.OrdinalIgnoreCase)) return offset - 2;
        }
    }
}
