using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest.Html;

/// <summary>What a page yields: its main text (paragraphs separated by blank lines) and metadata.</summary>
public sealed record ExtractedPage(string Text, HtmlMetadata Metadata);

/// <summary>
/// The main text of an article page. SmartReader (a port of Mozilla's Readability.js) picks the article's
/// container; around it, <see cref="PageCleaner"/> first removes the page's chrome (so it neither competes
/// with the article nor rides along inside the chosen container), and <see cref="ContentPruner"/> and
/// <see cref="BoilerplateLines"/> then remove captions, teaser links and furniture from the container. When
/// that yields little, the page's JSON-LD <c>articleBody</c> or the cleaned page's text stands in.
/// This is the one extractor used by ingest, analyze and 'eval extraction'; it is thread-safe.
/// </summary>
public sealed class MainTextExtractor
{
    /// <summary>
    /// Real article pages nest a few dozen elements deep, hold a few thousand elements and at most a few hundred
    /// children under one node. Far beyond that the markup is hostile or machine-made, and Readability's work
    /// (quadratic in a node's width and in depth, through AngleSharp's sibling and collection lookups) would take
    /// seconds to minutes; such pages get <see cref="DensestBlock"/> instead.
    /// </summary>
    private const int MaxDepthForReadability = 200;
    private const int MaxElementsForReadability = 20_000;
    private const int MaxChildrenForReadability = 1_500;
    private const int MaxTextForReadability = 500_000;

    /// <exception cref="InputException">The markup nests far deeper than any real page (code "too-deep").</exception>
    public ExtractedPage Extract(string html, string? url = null)
    {
        if (MarkupDepth.Exceeds(html))
            throw new InputException("too-deep", $"the markup nests more than {MarkupDepth.Limit:N0} elements deep; it is broken or hostile, and is not parsed");
        // The HTML5 parsing algorithm accepts any input, so parsing cannot fail on bad markup.
        var document = new HtmlParser().ParseDocument(html);
        HtmlMetadata metadata;
        try { metadata = HtmlMetadata.Of(document); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            metadata = new HtmlMetadata(null, null, null, null, null);
        }
        string text = "";
        try
        {
            text = MainText(document, metadata, url);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // SmartReader can throw on odd markup; the page's own text is better than nothing.
            if (document.Body is { } body) text = HtmlText.Of(body, BoilerplateLines.IsBoilerplate);
        }
        return new ExtractedPage(text, metadata);
    }

    private static string MainText(IHtmlDocument document, HtmlMetadata metadata, string? url)
    {
        if (document.Body is not { } body) return LdBody(metadata.ArticleBody) ?? "";
        PageCleaner.Clean(document);
        string readable = "";
        if (IsPathological(body))
        {
            var block = DensestBlock(body);
            ContentPruner.Prune(block);
            readable = HtmlText.Of(block, BoilerplateLines.IsBoilerplate);
        }
        else
        {
            IElement? content = null;
            string baseUrl = Uri.TryCreate(url ?? metadata.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.ToString() : "https://localhost/";
            // KeepClasses: the pruner reads class names after Readability is done.
            var reader = new SmartReader.Reader(baseUrl, document) { KeepClasses = true };
            reader.AddCustomOperationEnd(el => content = el);
            reader.GetArticle();
            if (content is not null)
            {
                ContentPruner.Prune(content);
                readable = HtmlText.Of(content, BoilerplateLines.IsBoilerplate);
            }
        }
        return Choose(readable, document, metadata);
    }

    /// <summary>
    /// Readability's text, unless it found (almost) nothing: then the JSON-LD body when the page's own text bears
    /// it out (or the page has next to no text, as script-rendered pages do), else the cleaned page's text.
    /// </summary>
    private static string Choose(string readable, IHtmlDocument document, HtmlMetadata metadata)
    {
        int readableTokens = Words(readable).Count;
        var ld = LdBody(metadata.ArticleBody);
        string? pageText = null;
        if (ld is not null)
        {
            var ldTokens = Words(ld);
            if (ldTokens.Count >= 50 && readableTokens * 2 < ldTokens.Count)
            {
                pageText = document.Body is { } b ? HtmlText.Of(b) : "";
                var pageTokens = Words(pageText);
                if (pageTokens.Count < 100 || Overlap(ldTokens, pageTokens) >= 0.5) return ld;
            }
        }
        if (readableTokens >= 20) return readable;
        pageText ??= document.Body is { } body ? HtmlText.Of(body, BoilerplateLines.IsBoilerplate) : "";
        return Words(pageText).Count > readableTokens ? pageText : readable;
    }

    /// <summary>Runs of letters and digits: enough to compare candidate texts.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { words.Add(text[start..i]); start = -1; }
        }
        return words;
    }

    /// <summary>The share of <paramref name="part"/>'s word pairs found in <paramref name="whole"/>.</summary>
    private static double Overlap(List<string> part, List<string> whole)
    {
        var pairs = new HashSet<(string, string)>();
        for (int i = 1; i < whole.Count; i++) pairs.Add((whole[i - 1], whole[i]));
        int found = 0;
        for (int i = 1; i < part.Count; i++) if (pairs.Contains((part[i - 1], part[i]))) found++;
        return part.Count < 2 ? 0 : (double)found / (part.Count - 1);
    }

    /// <summary>The JSON-LD body as plain text: it is sometimes HTML-escaped markup, and its paragraphs are lines.</summary>
    private static string? LdBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        if (body.Contains('<') && body.Contains('>'))
        {
            var fragment = new HtmlParser().ParseDocument("<body>" + body + "</body>");
            body = HtmlText.Of(fragment.Body!);
        }
        var paragraphs = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return paragraphs.Length == 0 ? null : string.Join("\n\n", paragraphs);
    }

    /// <summary>Depth, size and width of the tree, walked without recursion.</summary>
    private static bool IsPathological(IElement root)
    {
        int elements = 0;
        long text = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var children = node.ChildNodes;
            if (++elements > MaxElementsForReadability || depth > MaxDepthForReadability || children.Length > MaxChildrenForReadability) return true;
            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child) stack.Push((child, depth + 1));
                else if (children[i] is IText t && (text += t.Data.Length) > MaxTextForReadability) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The container of most of the page's non-link text, found in linear time: from the body, step into the
    /// child holding most of it while that child holds at least 60% of its parent's; where the text spreads over
    /// several children, the parent is the article's container.
    /// </summary>
    internal static IElement DensestBlock(IElement body)
    {
        var mass = new TextMass(body);
        var current = body;
        while (true)
        {
            IElement? best = null;
            foreach (var child in Dom.ElementChildren(current))
                if (best is null || mass.NonLink(child) > mass.NonLink(best)) best = child;
            if (best is null || mass.NonLink(best) * 10 < mass.NonLink(current) * 6) return current;
            current = best;
        }
    }
}
