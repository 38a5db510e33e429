using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>The one place articles are made from read text: body, dateline and bylines found the same way for every format.</summary>
public static class ArticleFactory
{
    public static Article Create(string id, string text, string origin, string source, string? title = null, string? url = null,
        DateTimeOffset? published = null, bool publishedHasTime = false, int bodyStart = 0)
    {
        var layout = BodyDetector.Detect(text, bodyStart);
        return new Article
        {
            Id = id,
            Text = text,
            Origin = origin,
            Source = source,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Published = published,
            PublishedHasTime = publishedHasTime,
            Body = layout.Body,
            Dateline = layout.Dateline,
            Bylines = layout.Bylines,
        };
    }
}
