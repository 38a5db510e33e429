using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest.Html;

/// <summary>What a page yields: its main text (paragraphs separated by blank lines) and metadata.</summary>
public sealed record ExtractedPage(string Text, HtmlMetadata Metadata);

/// <summary>
/// The main text of an article page, through SmartReader (a port of Mozilla's Readability.js). This is the
/// one extractor used by ingest, analyze and 'eval extraction'.
/// </summary>
public sealed class MainTextExtractor
{
    public ExtractedPage Extract(string html, string? url = null)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Of(document);
        string baseUrl = Uri.TryCreate(url ?? metadata.Url, UriKind.Absolute, out var u) ? u.ToString() : "https://localhost/";

        string text = "";
        try
        {
            var article = new SmartReader.Reader(baseUrl, parser.ParseDocument(html)).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
                text = HtmlText.Of(parser.ParseDocument(article.Content).Body!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader can throw on hostile markup; fall back to the page's body text below.
        }
        if (string.IsNullOrWhiteSpace(text) && document.Body is { } body) text = HtmlText.Of(body);
        return new ExtractedPage(text, metadata);
    }
}
