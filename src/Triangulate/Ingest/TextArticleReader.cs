using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>
/// Plain-text articles. Optional header lines come first ("Title:", "Source:", "Published:", "URL:",
/// also "Date:", "Outlet:", "Id:"), ended by a blank line or the first line that is not a header;
/// without them the source is the file name and the date unknown.
/// </summary>
public sealed partial class TextArticleReader : IArticleReader
{
    public string Name => "text";
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ".md", ""];

    public bool Sniff(ReadOnlySpan<char> head) => true;

    public IEnumerable<IngestResult> Read(InputFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes);
        if (!decoded.Ok)
        {
            yield return IngestResult.Fail(file.Origin, decoded.ErrorCode!, decoded.Error!);
            yield break;
        }
        yield return Parse(decoded.Text!, file.Origin, file.Stem);
    }

    public static IngestResult Parse(string text, string origin, string stem)
    {
        string? title = null, source = null, url = null, id = null, published = null;
        int pos = 0, bodyStart = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            var m = HeaderLine().Match(text, pos, lineEnd - pos);
            if (!m.Success) break;
            string value = m.Groups[2].Value.Trim();
            switch (m.Groups[1].Value.ToLowerInvariant())
            {
                case "title" or "headline": title = value; break;
                case "source" or "outlet" or "publisher": source = value; break;
                case "published" or "date" or "publication date": published = value; break;
                case "url" or "link": url = value; break;
                case "id": id = value; break;
            }
            pos = nl < 0 ? text.Length : nl + 1;
            bodyStart = pos;
        }

        DateTimeOffset? date = null;
        bool hasTime = false;
        if (published is not null)
        {
            if (DateParser.TryParse(published, out var d, out hasTime)) date = d;
            else return IngestResult.Fail(origin, "bad-date", $"the Published header '{published}' is not a date I can read (try 2025-03-11 or 2025-03-11T14:30:00Z)");
        }

        var article = ArticleFactory.Create(id ?? stem, text, origin, source ?? stem, title, url, date, hasTime, bodyStart);
        if (article.Body.IsDefaultOrEmpty)
            return IngestResult.Fail(origin, "no-body", "the file has header lines but no article text");
        return IngestResult.Of(article);
    }

    [GeneratedRegex(@"\G[ \t]*(Title|Headline|Source|Outlet|Publisher|Published|Publication date|Date|URL|Link|Id)[ \t]*:[ \t]*(.*?)\r?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();
}
