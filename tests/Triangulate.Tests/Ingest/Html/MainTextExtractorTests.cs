using System.Diagnostics;
using System.Text;
using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

public sealed class MainTextExtractorTests
{
    private static readonly MainTextExtractor Extractor = new();

    private static readonly string[] ArticleParagraphs =
    [
        "The Marlow Valley water board voted on Thursday to rebuild the Kestrel Dam spillway, a project it expects to cost 41 million dollars and to finish by the autumn of next year.",
        "Board chair Odile Franck said the spillway, built in 1962, could no longer carry the floods the valley now sees every few winters, and that inspectors had found cracks along its lower wall.",
        "Farmers downstream had asked for the repair since the flood two years ago, when water topped the spillway for six hours and damaged orchards along the Marlow river near the village of Ashby.",
        "The board will pay for the work with a bond that residents approved in the spring, Franck said, and no water rates will rise this year because of it.",
        "Construction crews are expected to start in March, once the reservoir has been drawn down, and the road across the dam will close to traffic for about four months while they work.",
        "Residents of Ashby said they were relieved, though some asked the board to publish its inspection reports so that the valley could judge the risk for itself before the next rainy season.",
    ];

    private static string RichPage() => $$"""
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Kestrel Dam spillway to be rebuilt | Marlow Courier</title>
        <meta property="og:title" content="Kestrel Dam spillway to be rebuilt">
        <meta property="og:site_name" content="Marlow Courier">
        <script>var tracking = { page: "dam" };</script>
        <style>.promo { color: red }</style>
        </head><body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header"><div class="logo">Marlow Courier</div>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/valley">Valley</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        </header>
        <div class="breadcrumbs"><a href="/">Home</a> › <a href="/valley">Valley news</a></div>
        <main id="main"><article class="story">
          <h1 class="headline">Kestrel Dam spillway to be rebuilt</h1>
          <div class="byline">By Tomas Reyna, Marlow Courier</div>
          <time datetime="2025-03-13T18:00:00Z">March 13, 2025</time>
          <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
          <figure><img src="/dam.jpg" alt=""><figcaption>The Kestrel Dam spillway seen from the village of Ashby last winter. <span class="credit">Photo: Lena Hart</span></figcaption></figure>
          <div class="story-body">
            <p>{{ArticleParagraphs[0]}}</p>
            <p>{{ArticleParagraphs[1]}}</p>
            <div class="ad-slot"><span>Advertisement</span></div>
            <p>{{ArticleParagraphs[2]}}</p>
            <h2>Who pays for the work</h2>
            <p>{{ArticleParagraphs[3]}}</p>
            <blockquote><p>We cannot keep patching a wall that was designed for a different climate.</p></blockquote>
            <ul><li>Spillway rebuilt in concrete and steel</li><li>Access road widened for emergency crews</li><li>New gauges on the upper reservoir</li></ul>
            <div class="related-links"><h3>Related stories</h3><ul><li><a href="/a">Valley floods: what went wrong</a></li><li><a href="/b">Orchards count the cost</a></li></ul></div>
            <p><a href="/c">READ MORE: ASHBY ORCHARDS REOPEN AFTER FLOOD REPAIRS</a></p>
            <p>{{ArticleParagraphs[4]}}</p>
            <p>Related: <a href="/d">Marlow river levels to be monitored hourly</a></p>
            <p>{{ArticleParagraphs[5]}}</p>
          </div>
          <div class="newsletter-signup"><h4>Get the Valley Daily</h4><p>Sign up for our newsletter and get the valley's news in your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>
          <div class="tags"><a href="/t/dams">Dams</a> <a href="/t/water">Water</a></div>
        </article>
        <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Festival returns to Ashby green</a></li><li><a href="/y">School bus route changes</a></li></ol></aside>
        <section id="comments" class="comments"><h3>3 comments</h3><div class="comment"><p>About time! My cellar flooded twice in that storm and nobody from the board ever came to look at it.</p></div></section>
        </main>
        <footer class="site-footer"><p>© 2025 Marlow Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
        </body></html>
        """;

    [Fact]
    public void The_article_keeps_its_paragraphs_subheads_quotes_and_lists()
    {
        string text = Extractor.Extract(RichPage(), "https://marlow.example/valley/dam").Text;
        foreach (var paragraph in ArticleParagraphs) Assert.Contains(paragraph, text);
        Assert.Contains("Who pays for the work", text);
        Assert.Contains("We cannot keep patching a wall that was designed for a different climate.", text);
        Assert.Contains("Spillway rebuilt in concrete and steel", text);
        Assert.Contains("New gauges on the upper reservoir", text);
    }

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Weather")]                 // navigation
    [InlineData("Valley news")]             // breadcrumbs
    [InlineData("Kestrel Dam spillway to be rebuilt")] // headline
    [InlineData("Tomas Reyna")]             // byline
    [InlineData("March 13, 2025")]          // date stamp
    [InlineData("Share on Facebook")]       // share bar
    [InlineData("seen from the village")]   // caption
    [InlineData("Lena Hart")]               // photo credit
    [InlineData("Advertisement")]
    [InlineData("Valley floods: what went wrong")] // related links
    [InlineData("Related stories")]
    [InlineData("ASHBY ORCHARDS REOPEN")]   // in-text teaser link
    [InlineData("monitored hourly")]        // "Related: <link>"
    [InlineData("Sign up for our newsletter")]
    [InlineData("Dams")]                    // tags
    [InlineData("Festival returns")]        // sidebar
    [InlineData("My cellar flooded")]       // comments
    [InlineData("All rights reserved")]     // footer
    [InlineData("var tracking")]            // script
    public void Page_furniture_is_left_out(string furniture)
    {
        string text = Extractor.Extract(RichPage(), "https://marlow.example/valley/dam").Text;
        Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line_and_the_text_is_plain()
    {
        string text = Extractor.Extract(RichPage()).Text;
        Assert.StartsWith(ArticleParagraphs[0], text);
        Assert.EndsWith(ArticleParagraphs[5], text);
        Assert.Contains(ArticleParagraphs[0] + "\n\n" + ArticleParagraphs[1], text);
        Assert.DoesNotContain("\n\n\n", text);
        Assert.DoesNotContain("<", text);
        Assert.Equal(text.Trim(), text);
    }

    [Fact]
    public void A_grid_of_teasers_next_to_the_article_is_left_out()
    {
        var cards = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<div class=\"card\"><a href=\"/s{i}\"><h3>Other story number {i} about the valley</h3></a><p>A short summary of other story {i}, told in one sentence.</p></div>"));
        string html = $"<html><head><title>Dam</title></head><body><div class=\"page\"><article><div class=\"story-body\">{string.Concat(ArticleParagraphs.Select(p => $"<p>{p}</p>"))}</div></article>"
                      + $"<section><div class=\"wrapper\">{cards}</div></section></div></body></html>";
        string text = Extractor.Extract(html).Text;
        Assert.Contains(ArticleParagraphs[5], text);
        Assert.DoesNotContain("summary of other story", text);
    }

    [Fact]
    public void Pagination_links_of_a_multi_page_article_are_left_out()
    {
        string html = "<html><body><article>" + string.Concat(ArticleParagraphs.Select(p => $"<p>{p}</p>"))
                      + "<div class=\"pagination\"><a href=\"?page=1\">1</a> <a href=\"?page=2\">2</a> <a href=\"?page=3\">3</a> <a href=\"?page=2\">Next page</a></div>"
                      + "</article></body></html>";
        string text = Extractor.Extract(html).Text;
        Assert.Contains(ArticleParagraphs[3], text);
        Assert.DoesNotContain("Next page", text);
    }

    [Fact]
    public void An_embedded_post_is_kept_even_inside_a_widget_wrapper()
    {
        string html = "<html><body><article>" + string.Concat(ArticleParagraphs.Take(3).Select(p => $"<p>{p}</p>"))
                      + "<div class=\"article-widget embed-social\"><blockquote class=\"social-post\"><p>The spillway vote passed nine to two tonight.</p>— Marlow Water Board (@marlowwater)</blockquote></div>"
                      + string.Concat(ArticleParagraphs.Skip(3).Select(p => $"<p>{p}</p>")) + "</article></body></html>";
        string text = Extractor.Extract(html).Text;
        Assert.Contains("The spillway vote passed nine to two tonight.", text);
        Assert.Contains(ArticleParagraphs[4], text);
    }

    [Fact]
    public void Text_in_divs_and_line_breaks_is_found_as_well_as_text_in_paragraphs()
    {
        string html = "<html><body><div id=\"nav\"><a href=\"/\">Home</a></div><div class=\"post\">"
                      + string.Join("<br><br>", ArticleParagraphs) + "</div></body></html>";
        string text = Extractor.Extract(html).Text;
        foreach (var paragraph in ArticleParagraphs) Assert.Contains(paragraph, text);
        Assert.DoesNotContain("Home", text);
    }

    [Fact]
    public void Pages_in_other_scripts_are_extracted()
    {
        string[] korean =
        [
            "마를로 계곡 수자원 위원회는 목요일 케스트렐 댐 여수로를 다시 짓기로 의결했으며, 공사는 내년 가을까지 마무리될 예정이라고 밝혔다. 위원장은 여수로가 더 이상 겨울 홍수를 감당할 수 없다고 말했다.",
            "하류의 농민들은 2년 전 홍수 이후 보수를 요구해 왔으며, 당시 물이 여섯 시간 동안 여수로를 넘쳐 과수원이 피해를 입었다. 주민들은 위원회가 점검 보고서를 공개해 달라고 요청했다.",
            "공사는 저수지 수위를 낮춘 뒤 3월에 시작될 예정이며, 댐 위 도로는 약 넉 달 동안 통행이 금지된다. 위원회는 올해 수도 요금은 오르지 않는다고 덧붙였다.",
        ];
        string html = "<html lang=\"ko\"><head><title>댐 여수로 재건</title></head><body><nav><a href=\"/\">홈</a></nav><article>"
                      + string.Concat(korean.Select(p => $"<p>{p}</p>")) + "</article></body></html>";
        var page = Extractor.Extract(html);
        foreach (var paragraph in korean) Assert.Contains(paragraph, page.Text);
        Assert.DoesNotContain("홈", page.Text);
        Assert.Equal("ko", page.Metadata.Language);
    }

    [Fact]
    public void A_script_rendered_page_falls_back_to_its_json_ld_article_body()
    {
        string body = string.Join("\\n", ArticleParagraphs.Take(4));
        string html = $$"""
            <html><head><title>Dam</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kestrel Dam spillway to be rebuilt","articleBody":"{{body}}"}</script>
            </head><body><div id="app"></div><script>render()</script></body></html>
            """;
        string text = Extractor.Extract(html).Text;
        Assert.Equal(string.Join("\n\n", ArticleParagraphs.Take(4)), text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<<<>>><</<>")]
    [InlineData("<html><body><p>Cut off in the middle of a <a href=\"/x")]
    [InlineData("<html><body><table><tr><td>cell<td><table><tr><td>nested</table>")]
    [InlineData("<svg><script>alert(1)</script></svg><math><mi>x</mi></math>")]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"@graph\": [ {\"headline\": </script></head><body></body></html>")]
    [InlineData("<!DOCTYPE html><html><body><p>Short.</p></body></html>")]
    [InlineData("\u0000\u0001 binary \uFFFD garbage <p>\uD800</p>")]
    public void Broken_or_hostile_markup_never_throws_and_yields_plain_text(string html)
    {
        var page = Extractor.Extract(html);
        Assert.NotNull(page.Text);
        Assert.DoesNotContain("<script", page.Text);
    }

    [Fact]
    public void Truncated_pages_still_give_the_text_that_arrived()
    {
        string full = RichPage();
        string cut = full[..full.IndexOf(ArticleParagraphs[4], StringComparison.Ordinal)];
        string text = Extractor.Extract(cut).Text;
        Assert.Contains(ArticleParagraphs[0], text);
        Assert.Contains(ArticleParagraphs[3], text);
    }

    [Fact]
    public void Markup_nested_past_the_parser_cap_is_still_extracted()
    {
        // AngleSharp stops nesting at 512 levels; Readability is skipped on such a tree.
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 700)) + "<p>" + ArticleParagraphs[0] + "</p>"
                      + string.Concat(Enumerable.Repeat("</div>", 700)) + "</body></html>";
        var clock = Stopwatch.StartNew();
        string text = Extractor.Extract(html).Text;
        Assert.Contains(ArticleParagraphs[0], text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Runaway_nesting_is_refused_with_a_reason_before_parsing()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "text</body></html>";
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() => Extractor.Extract(html));
        Assert.Equal("too-deep", e.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Many_unclosed_links_and_paragraphs_are_not_mistaken_for_runaway_nesting()
    {
        string html = "<html><body><article>" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"<p>Item {i} of the inventory lists a valve, a gauge and a length of pipe, <a href=\"/i{i}\">details<li>spare part {i}")) + "</article></body></html>";
        Assert.Contains("Item 1499", Extractor.Extract(html).Text);
    }

    [Fact]
    public void A_node_with_thousands_of_children_does_not_make_extraction_quadratic()
    {
        var sb = new StringBuilder("<html><body><div class=\"links\">");
        for (int i = 0; i < 6000; i++) sb.Append($"<a href=\"/p{i}\">page {i}</a> ");
        sb.Append("</div><article>").Append(string.Concat(ArticleParagraphs.Select(p => $"<p>{p}</p>"))).Append("</article></body></html>");
        var clock = Stopwatch.StartNew();
        string text = Extractor.Extract(sb.ToString()).Text;
        Assert.Contains(ArticleParagraphs[2], text);
        // Unguarded, Readability takes minutes on this page; guarded it is well under a second on a quiet machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_very_long_article_is_extracted_whole()
    {
        var paragraphs = Enumerable.Range(0, 4000).Select(i => $"Paragraph {i} of the inquiry report describes, in plain words, what the board found at the dam.").ToList();
        string html = "<html><body><nav><a href=\"/\">Home</a></nav><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>";
        string text = Extractor.Extract(html).Text;
        Assert.Contains(paragraphs[0], text);
        Assert.Contains(paragraphs[3999], text);
        Assert.DoesNotContain("Home", text);
    }
}
