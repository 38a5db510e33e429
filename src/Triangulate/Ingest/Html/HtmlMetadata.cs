using System.Text.Json;
using AngleSharp.Dom;

namespace Triangulate.Ingest.Html;

/// <summary>Title, site name, canonical URL and publication time of a page, from its meta tags and JSON-LD.</summary>
public sealed record HtmlMetadata(string? Title, string? SiteName, string? Url, string? Published, string? Language)
{
    public static HtmlMetadata Of(IDocument document)
    {
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                var el = document.QuerySelector($"meta[property='{key}'], meta[name='{key}'], meta[itemprop='{key}']");
                var content = el?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
            return null;
        }

        string? ldHeadline = null, ldPublished = null, ldPublisher = null, ldUrl = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var node in LdNodes(json.RootElement))
                {
                    ldHeadline ??= Str(node, "headline");
                    ldPublished ??= Str(node, "datePublished") ?? Str(node, "dateCreated");
                    ldUrl ??= Str(node, "url");
                    if (ldPublisher is null && node.TryGetProperty("publisher", out var pub))
                        ldPublisher = pub.ValueKind == JsonValueKind.Object ? Str(pub, "name") : pub.ValueKind == JsonValueKind.String ? pub.GetString() : null;
                }
            }
            catch (JsonException) { /* broken JSON-LD is common; the meta tags still count */ }
        }

        string? title = Meta("og:title", "twitter:title") ?? ldHeadline ?? document.Title;
        string? site = Meta("og:site_name", "application-name") ?? ldPublisher;
        string? url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url") ?? ldUrl;
        string? published = Meta("article:published_time", "datePublished", "pubdate", "publishdate", "date", "DC.date.issued", "sailthru.date", "parsely-pub-date")
                            ?? ldPublished
                            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? lang = document.DocumentElement?.GetAttribute("lang");
        return new HtmlMetadata(title?.Trim(), site?.Trim(), url?.Trim(), published?.Trim(), lang);
    }

    private static IEnumerable<JsonElement> LdNodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var el in root.EnumerateArray()) foreach (var n in LdNodes(el)) yield return n;
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph)) foreach (var n in LdNodes(graph)) yield return n;
        }
    }

    private static string? Str(JsonElement el, string name) =>
        el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
