using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest.Html;

/// <summary>What a page yields: its main text (paragraphs separated by blank lines) and metadata.</summary>
public sealed record ExtractedPage(string Text, HtmlMetadata Metadata);

/// <summary>
/// The main text of an article page, through SmartReader (a port of Mozilla's Readability.js), with the page
/// cleaned of chrome before it (<see cref="PageCleaner"/>) and the chosen container cleaned of captions and
/// link lists after it (<see cref="ContentPruner"/>). This is the one extractor used by ingest, analyze and
/// 'eval extraction'.
/// </summary>
public sealed class MainTextExtractor
{
    public ExtractedPage Extract(string html, string? url = null)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Of(document);
        string baseUrl = Uri.TryCreate(url ?? metadata.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.ToString() : "https://localhost/";

        string text = "";
        try
        {
            PageCleaner.Clean(document);
            IElement? content = null;
            var reader = new SmartReader.Reader(baseUrl, document) { KeepClasses = true };
            reader.AddCustomOperationEnd(el => content = el);
            reader.GetArticle();
            if (content is not null)
            {
                ContentPruner.Prune(content);
                text = HtmlText.Of(content, BoilerplateLines.IsBoilerplate);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader can throw on hostile markup; fall back to the page's body text below.
        }
        if (string.IsNullOrWhiteSpace(text) && document.Body is { } body) text = HtmlText.Of(body);
        return new ExtractedPage(text, metadata);
    }
}
