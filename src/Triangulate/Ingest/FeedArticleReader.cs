using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Triangulate.Ingest.Html;

namespace Triangulate.Ingest;

/// <summary>
/// RSS and Atom feeds (CodeHollow.FeedReader): one article per item, its text from the item's full
/// content when present, else its description; HTML in either is turned into paragraphs of plain text.
/// </summary>
public sealed class FeedArticleReader : IArticleReader
{
    public string Name => "feed";
    public IReadOnlyCollection<string> Extensions { get; } = [".rss", ".atom", ".xml", ".feed"];

    public bool Sniff(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart();
        return (h.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || h.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || h.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
               && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf", StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<IngestResult> Read(InputFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes);
        if (!decoded.Ok)
        {
            yield return IngestResult.Fail(file.Origin, decoded.ErrorCode!, decoded.Error!);
            yield break;
        }
        Feed feed;
        string? error = null;
        try { feed = FeedReader.ReadFromString(decoded.Text!.TrimStart('\uFEFF')); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            feed = null!;
            error = e.Message;
        }
        if (error is not null || feed is null)
        {
            yield return IngestResult.Fail(file.Origin, "bad-feed", $"not a readable RSS/Atom feed: {error}");
            yield break;
        }

        var parser = new HtmlParser();
        string source = string.IsNullOrWhiteSpace(feed.Title) ? file.Stem : feed.Title.Trim();
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            string origin = $"{file.Origin} item {n}";
            string? html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
            if (string.IsNullOrWhiteSpace(html))
            {
                yield return IngestResult.Fail(origin, "no-text", $"feed item '{item.Title}' has no content or description");
                continue;
            }
            string text = HtmlText.Of(parser.ParseDocument($"<body>{html}</body>").Body!);
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return IngestResult.Fail(origin, "no-text", $"feed item '{item.Title}' has no text");
                continue;
            }
            DateTimeOffset? published = item.PublishingDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null;
            bool hasTime = published is not null;
            if (published is null && DateParser.TryParse(item.PublishingDateString, out var parsed, out hasTime)) published = parsed;
            string id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : !string.IsNullOrWhiteSpace(item.Link) ? item.Link.Trim() : $"{file.Stem}-{n}";
            yield return IngestResult.Of(ArticleFactory.Create(id, text, origin, source, item.Title, item.Link, published, hasTime));
        }
        if (n == 0) yield return IngestResult.Fail(file.Origin, "no-items", "the feed has no items");
    }
}
