using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest.Html;

public sealed class HtmlArticleReaderTests
{
    private const string Paragraph =
        "The “Kestrel” ferry resumed service to Gull Island on Monday after a week of repairs, the harbour office said, and café owners on the quay welcomed the news.";

    private static string Page(string charsetMeta) =>
        $"<!DOCTYPE html><html><head>{charsetMeta}<title>Ferry resumes</title><meta property=\"og:site_name\" content=\"Quay News\"></head>"
        + $"<body><nav><a href=\"/\">Home</a></nav><article><p>{Paragraph}</p><p>{Paragraph}</p><p>{Paragraph}</p></article></body></html>";

    private static Triangulate.Model.Article Read(byte[] bytes, string name = "ferry.html")
    {
        var result = new HtmlArticleReader().Read(new InputFile(name, bytes)).Single();
        Assert.True(result.Error is null, result.Error?.ToString());
        return result.Article!;
    }

    [Fact]
    public void A_utf8_page_with_a_byte_order_mark_is_read()
    {
        var article = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("<meta charset=\"utf-8\">"))]);
        Assert.StartsWith(Paragraph, article.Text);
        Assert.Equal("Quay News", article.Source);
        Assert.Equal("Ferry resumes", article.Title);
    }

    [Fact]
    public void A_windows_1252_page_is_decoded_by_its_declared_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"));
        Assert.StartsWith(Paragraph, Read(bytes).Text);
    }

    [Fact]
    public void A_latin_page_without_a_declaration_is_read_as_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page(""));
        Assert.Contains("café owners", Read(bytes).Text);
    }

    [Fact]
    public void A_utf16_page_is_read()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Page(""))).ToArray();
        Assert.Contains("“Kestrel” ferry", Read(bytes).Text);
    }

    [Fact]
    public void The_article_text_is_the_extracted_main_text_and_body_spans_index_it()
    {
        var article = Read(Encoding.UTF8.GetBytes(Page("")));
        Assert.Equal(string.Join("\n\n", Enumerable.Repeat(Paragraph, 3)), article.Text);
        foreach (var span in article.Body) Assert.InRange(span.End, span.Start, article.Text.Length);
    }

    [Fact]
    public void A_page_with_runaway_nesting_is_set_aside_with_a_reason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "text</body></html>";
        var result = new HtmlArticleReader().Read(new InputFile("deep.html", Encoding.UTF8.GetBytes(html))).Single();
        Assert.Equal("too-deep", result.Error!.Code);
        Assert.Contains("nests more than", result.Error.Message);
    }

    [Fact]
    public void A_page_with_no_text_is_set_aside_with_a_reason()
    {
        var result = new HtmlArticleReader().Read(new InputFile("empty.html", Encoding.UTF8.GetBytes("<html><body><script>app()</script></body></html>"))).Single();
        Assert.Equal("no-text", result.Error!.Code);
        Assert.Contains("empty.html", result.Error.Origin);
    }
}
