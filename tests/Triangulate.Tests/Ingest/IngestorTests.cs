using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class IngestorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-ingest-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Text_header_lines_become_metadata_and_stay_out_of_the_body()
    {
        string path = Write("harbor.txt", "Title: Fire at the harbor\nSource: Harbor Times\nPublished: 2025-03-11T14:30:00Z\nURL: https://example.org/fire\n\n(HT) — A fire broke out on Tuesday.");
        var article = Ingestor.Default().Read([path]).Single().Article!;
        Assert.Equal("harbor", article.Id);
        Assert.Equal("Fire at the harbor", article.Title);
        Assert.Equal("Harbor Times", article.Source);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 14, 30, 0, TimeSpan.Zero), article.Published);
        Assert.True(article.PublishedHasTime);
        SpanAssert.Covers(article.Text, article.Body.Single(), "A fire broke out on Tuesday.");
        SpanAssert.Covers(article.Text, article.Dateline!.Value, "(HT) —");
    }

    [Fact]
    public void Without_headers_the_source_is_the_file_name()
    {
        string path = Write("gazette-fire.txt", "A fire broke out on Tuesday.");
        var article = Ingestor.Default().Read([path]).Single().Article!;
        Assert.Equal("gazette-fire", article.Source);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Bad_inputs_are_reported_by_name_and_the_rest_is_still_read()
    {
        Write("a.txt", "A fire broke out on Tuesday.");
        Write("b.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34]);
        Write("c.txt", []);
        Write("d.jsonl", "{\"id\":\"d1\",\"text\":\"Crews arrived.\"}\n{not json}\n{\"id\":\"d3\"}\n");
        var results = Ingestor.Default().Read([dir]).ToList();
        Assert.Equal(["a", "d1"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        Assert.Contains(errors, e => e.Origin.EndsWith("b.txt") && e.Code == "binary");
        Assert.Contains(errors, e => e.Origin.EndsWith("c.txt") && e.Code == "empty");
        Assert.Contains(errors, e => e.Origin.EndsWith("d.jsonl:2") && e.Code == "bad-json");
        Assert.Contains(errors, e => e.Origin.EndsWith("d.jsonl:3") && e.Code == "no-text");
    }

    [Fact]
    public void Html_pages_yield_main_text_and_metadata()
    {
        string html = """
            <!DOCTYPE html><html lang="en"><head><title>Fire | Harbor Times</title>
            <meta property="og:site_name" content="Harbor Times">
            <meta property="article:published_time" content="2025-03-11T09:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Fire at the harbor"}</script>
            </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Fire at the harbor</h1>
            <p>A fire broke out at the Port Alder harbor on Tuesday morning, officials said, and crews worked for hours.</p>
            <p>Fire chief Dana Reyes said the blaze started in a warehouse near the docks and spread quickly to two boats.</p>
            <p>Nobody was hurt, according to the harbor authority, which said the docks would reopen on Wednesday.</p>
            <p>Residents of the waterfront district were told to keep their windows closed while the smoke cleared, and the ferry to Gull Island was suspended for the day.</p>
            <p>The warehouse, owned by the Alder Shipping Company, held rope, paint and spare engine parts, the company said in a statement on Tuesday evening.</p>
            </article><footer>© Harbor Times</footer></body></html>
            """;
        string path = Write("fire.html", html);
        var article = Ingestor.Default().Read([path]).Single().Article!;
        Assert.Equal("Harbor Times", article.Source);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 9, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("Fire chief Dana Reyes said", article.Text);
        Assert.DoesNotContain("Home", article.Text);
    }

    [Fact]
    public void Rss_items_become_articles()
    {
        string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbor Times</title>
            <item><title>Fire at the harbor</title><link>https://example.org/fire</link><guid>fire-1</guid>
            <pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate><description>&lt;p&gt;A fire broke out on Tuesday.&lt;/p&gt;</description></item>
            <item><title>Empty</title><guid>empty-1</guid></item>
            </channel></rss>
            """;
        string path = Write("feed.xml", rss);
        var results = Ingestor.Default().Read([path]).ToList();
        var article = results.Single(r => r.Article is not null).Article!;
        Assert.Equal("fire-1", article.Id);
        Assert.Equal("Harbor Times", article.Source);
        Assert.Equal("A fire broke out on Tuesday.", article.Text);
        Assert.Contains(results, r => r.Error is { Code: "no-text" });
    }

    [Fact]
    public void Gzipped_inputs_are_unpacked_and_missing_paths_reported()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("A fire broke out on Tuesday."));
        string path = Write("zipped.txt.gz", ms.ToArray());
        var results = Ingestor.Default().Read([path, Path.Combine(dir, "missing.txt")]).ToList();
        Assert.Equal("zipped", results[0].Article!.Id);
        Assert.Equal("not-found", results[1].Error!.Code);
    }

    [Fact]
    public void Duplicate_ids_are_made_unique()
    {
        Directory.CreateDirectory(Path.Combine(dir, "x"));
        Directory.CreateDirectory(Path.Combine(dir, "y"));
        Write(Path.Combine("x", "story.txt"), "One.");
        Write(Path.Combine("y", "story.txt"), "Two.");
        var ids = Ingestor.Default().Read([dir]).Select(r => r.Article!.Id).ToList();
        Assert.Equal(["story", "story-2"], ids);
    }
}
