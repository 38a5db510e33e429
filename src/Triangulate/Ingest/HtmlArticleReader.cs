using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest.Html;

namespace Triangulate.Ingest;

/// <summary>
/// HTML pages: main text and metadata through <see cref="MainTextExtractor"/>. The article's text is the
/// extracted main text, so offsets index that text, not the markup. The charset comes from the BOM, then
/// strict UTF-8, then the page's own meta charset, then Windows-1252.
/// </summary>
public sealed partial class HtmlArticleReader(MainTextExtractor extractor) : IArticleReader
{
    public HtmlArticleReader() : this(new MainTextExtractor()) { }

    public string Name => "html";
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"];

    public bool Sniff(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart();
        return h.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || h.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (h.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<IngestResult> Read(InputFile file)
    {
        var decoded = Decode(file.Bytes);
        if (!decoded.Ok)
        {
            yield return IngestResult.Fail(file.Origin, decoded.ErrorCode!, decoded.Error!);
            yield break;
        }
        yield return FromHtml(decoded.Text!, file.Origin, file.Stem, null);
    }

    public IngestResult FromHtml(string html, string origin, string id, string? url)
    {
        ExtractedPage page;
        try { page = extractor.Extract(html, url); }
        catch (InputException e)
        {
            return IngestResult.Fail(origin, e.Code, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestResult.Fail(origin, "bad-html", $"the HTML could not be parsed: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(page.Text))
            return IngestResult.Fail(origin, "no-text", "no article text found in the page");
        var meta = page.Metadata;
        DateTimeOffset? published = null;
        bool hasTime = false;
        if (DateParser.TryParse(meta.Published, out var d, out hasTime)) published = d;
        string source = meta.SiteName ?? HostOf(meta.Url ?? url) ?? id;
        return IngestResult.Of(ArticleFactory.Create(id, page.Text, origin, source, meta.Title, meta.Url ?? url, published, hasTime));
    }

    /// <summary>A page's bytes as text: BOM, then strict UTF-8, then the charset the page declares, then Windows-1252.</summary>
    public static DecodedText Decode(byte[] bytes) => TextDecoder.Decode(bytes, DeclaredCharset(bytes));

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host) : null;

    /// <summary>The charset a page declares in its first kilobytes (meta charset or http-equiv).</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = CharsetDeclaration().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
