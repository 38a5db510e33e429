using AngleSharp.Html.Parser;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

public sealed class HtmlMetadataTests
{
    private static HtmlMetadata Of(string html) => HtmlMetadata.Of(new HtmlParser().ParseDocument(html));

    [Fact]
    public void Open_graph_and_article_tags_give_title_site_url_time_and_language()
    {
        var meta = Of("""
            <html lang="pt-BR"><head><title>Ponte reaberta | Diário do Vale</title>
            <meta property="og:title" content="Ponte  reaberta
              aos ciclistas">
            <meta property="og:site_name" content="Diário do Vale">
            <meta property="article:published_time" content="2025-04-02T08:15:00-03:00">
            <link rel="canonical" href="https://diario.example/ponte">
            </head><body></body></html>
            """);
        Assert.Equal("Ponte reaberta aos ciclistas", meta.Title);
        Assert.Equal("Diário do Vale", meta.SiteName);
        Assert.Equal("https://diario.example/ponte", meta.Url);
        Assert.Equal("2025-04-02T08:15:00-03:00", meta.Published);
        Assert.Equal("pt-BR", meta.Language);
        Assert.Null(meta.ArticleBody);
    }

    [Fact]
    public void Json_ld_fills_what_the_meta_tags_leave_out_preferring_the_article_node()
    {
        var meta = Of("""
            <html><head><title>Oaks | Fenwick Post</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"BreadcrumbList","headline":"Home > Nature","url":"https://fenwick.example/nature"},
              {"@type":["NewsArticle"],"headline":"Volunteers plant oaks along the canal","datePublished":"2025-05-10T09:00:00Z",
               "url":"https://fenwick.example/oaks","publisher":{"@type":"Organization","name":"Fenwick Post"},
               "articleBody":"Volunteers planted two hundred oaks.\nThe trust thanked them."}]}
            </script></head><body></body></html>
            """);
        Assert.Equal("Volunteers plant oaks along the canal", meta.Title);
        Assert.Equal("Fenwick Post", meta.SiteName);
        Assert.Equal("https://fenwick.example/oaks", meta.Url);
        Assert.Equal("2025-05-10T09:00:00Z", meta.Published);
        Assert.Equal("Volunteers planted two hundred oaks.\nThe trust thanked them.", meta.ArticleBody);
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_the_page_title_and_time_element_still_count()
    {
        var meta = Of("""
            <html><head><title>Canal report</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            </head><body><time datetime="2025-05-10">10 May</time></body></html>
            """);
        Assert.Equal("Canal report", meta.Title);
        Assert.Equal("2025-05-10", meta.Published);
        Assert.Null(meta.SiteName);
    }

    [Fact]
    public void Json_ld_with_raw_line_breaks_in_its_strings_is_still_read()
    {
        var meta = Of("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n \"headline\": \"Canal\nreport\", \"articleBody\": \"First line.\nSecond line.\"}</script></head><body></body></html>");
        Assert.Equal("Canal report", meta.Title);
        Assert.Equal("First line. Second line.", meta.ArticleBody);
    }

    [Fact]
    public void A_page_without_a_head_has_no_metadata_and_no_error()
    {
        var meta = Of("<p>Just a paragraph.</p>");
        Assert.Null(meta.Title);
        Assert.Null(meta.Published);
        Assert.Null(meta.Url);
    }
}
