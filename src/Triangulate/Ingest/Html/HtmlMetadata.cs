using System.Text.Json;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>
/// Title, site name, canonical URL, publication time and language of a page, from its meta tags (Open Graph,
/// Twitter, Dublin Core, article:*) and JSON-LD; and the JSON-LD <c>articleBody</c> when the page publishes one.
/// </summary>
public sealed record HtmlMetadata(string? Title, string? SiteName, string? Url, string? Published, string? Language)
{
    /// <summary>The article text the page's JSON-LD gives (schema.org <c>articleBody</c>), often absent or cut short.</summary>
    public string? ArticleBody { get; init; }

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "WebPage", "Review",
    };

    public static HtmlMetadata Of(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            string? content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop"])
                if (meta.GetAttribute(attr) is { Length: > 0 } key) metas.TryAdd(key.Trim(), content.Trim());
        }
        string? Meta(params string[] keys)
        {
            foreach (var key in keys) if (metas.TryGetValue(key, out var v)) return v;
            return null;
        }

        var ld = JsonLd.Of(document);
        string? title = Meta("og:title", "twitter:title", "dc.title") ?? ld.Headline ?? document.Title
                        ?? document.QuerySelector("h1")?.TextContent;
        string? site = Meta("og:site_name", "application-name", "dc.publisher") ?? ld.Publisher;
        string? url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url") ?? ld.Url;
        string? published = Meta("article:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date",
                                 "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time")
                            ?? ld.Published
                            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? lang = document.DocumentElement?.GetAttribute("lang") ?? Meta("og:locale", "language", "content-language");
        return new HtmlMetadata(Clean(title), Clean(site), Clean(url), Clean(published), Clean(lang)) { ArticleBody = ld.Body };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>What the JSON-LD blocks say, the article-typed node first.</summary>
    private readonly record struct JsonLd(string? Headline, string? Published, string? Publisher, string? Url, string? Body)
    {
        public static JsonLd Of(IDocument document)
        {
            string? headline = null, published = null, publisher = null, url = null, body = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = Parse(script.TextContent);
                    // Article nodes first, so a page's BreadcrumbList or Organization does not supply the headline.
                    foreach (var node in Nodes(json.RootElement).OrderBy(n => IsArticle(n) ? 0 : 1))
                    {
                        headline ??= Str(node, "headline");
                        published ??= Str(node, "datePublished") ?? Str(node, "dateCreated");
                        if (IsArticle(node)) url ??= Str(node, "url");
                        if (Str(node, "articleBody") is { } b && b.Length > (body?.Length ?? 0)) body = b;
                        if (publisher is null && node.TryGetProperty("publisher", out var pub))
                            publisher = pub.ValueKind == JsonValueKind.Object ? Str(pub, "name") : pub.ValueKind == JsonValueKind.String ? pub.GetString() : null;
                    }
                }
                catch (JsonException) { /* broken JSON-LD is common; the meta tags still count */ }
            }
            return new JsonLd(headline, published, publisher, url, body);
        }

        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

        /// <summary>
        /// Parses a JSON-LD block. Sites often put raw line breaks inside its strings (an articleBody pasted in
        /// as is), which JSON forbids; a second try reads them as spaces, which changes nothing outside strings.
        /// </summary>
        private static JsonDocument Parse(string text)
        {
            try { return JsonDocument.Parse(text, Options); }
            catch (JsonException) when (text.AsSpan().ContainsAny('\n', '\r', '\t'))
            {
                return JsonDocument.Parse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), Options);
            }
        }

        private static bool IsArticle(JsonElement node)
        {
            if (!node.TryGetProperty("@type", out var type)) return false;
            if (type.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(type.GetString()!);
            if (type.ValueKind == JsonValueKind.Array)
                foreach (var t in type.EnumerateArray())
                    if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)) return true;
            return false;
        }

        private static IEnumerable<JsonElement> Nodes(JsonElement root)
        {
            // Iterative, so a hostile, deeply nested block cannot exhaust the stack (MaxDepth bounds it too).
            var stack = new Stack<JsonElement>();
            stack.Push(root);
            var list = new List<JsonElement>();
            while (stack.Count > 0)
            {
                var el = stack.Pop();
                if (el.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in el.EnumerateArray().Reverse()) stack.Push(item);
                }
                else if (el.ValueKind == JsonValueKind.Object)
                {
                    list.Add(el);
                    if (el.TryGetProperty("@graph", out var graph)) stack.Push(graph);
                    if (el.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array) stack.Push(main);
                }
            }
            return list;
        }

        private static string? Str(JsonElement el, string name) =>
            el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
