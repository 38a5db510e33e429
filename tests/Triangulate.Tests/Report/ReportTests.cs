using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Compare.Claims;
using Triangulate.Compare.Entities;
using Triangulate.Compare.Quotes;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Report;
using Triangulate.Tests.Fixtures;

namespace Triangulate.Tests.Report;

public class ReportTests
{
    private static StoryAnalysis Story()
    {
        var a = DocFactory.Article("a", "Mayor Elena Marsh said the harbor will reopen on Thursday morning. “We will rebuild the east dock,” Marsh said. Ferry services to Gull Island were suspended on Tuesday.",
                new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero))
            .Entity("Elena Marsh", EntityType.Person).Entity("Marsh", EntityType.Person, "Elena Marsh").Entity("Gull Island", EntityType.Location)
            .Quote("We will rebuild the east dock,", "Elena Marsh").Build();
        var b = DocFactory.Article("b", "Mayor Elena Marsh said the harbor could reopen on Thursday morning if inspectors approve. “We will rebuild the dock,” Marsh said. Ferry services to Gull Island were halted on Tuesday.",
                new DateTimeOffset(2025, 6, 10, 11, 0, 0, TimeSpan.Zero))
            .Entity("Elena Marsh", EntityType.Person).Entity("Marsh", EntityType.Person, "Elena Marsh").Entity("Gull Island", EntityType.Location)
            .Quote("We will rebuild the dock,", "Elena Marsh").Build();
        var story = new StoryAnalysis { Docs = [a, b] };
        foreach (var stage in new Triangulate.Pipeline.IStoryStage[] { new EntityResolver(), new QuoteAligner(), new ClaimAligner(), new BriefBuilder() })
            story = stage.Run(story);
        return story;
    }

    [Fact]
    public void Every_json_finding_with_offsets_holds_the_text_it_claims()
    {
        var story = Story();
        using var json = JsonDocument.Parse(JsonReport.Write(story, []));
        var texts = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        int checkedSpans = 0;
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("article", out var art) && e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en))
                {
                    string text = texts[art.GetString()!];
                    var span = TextSpan.FromBounds(s.GetInt32(), en.GetInt32());
                    SpanAssert.InRange(text, span);
                    if (e.TryGetProperty("text", out var claimed))
                    {
                        Assert.Equal(claimed.GetString(), span.TextOf(text));
                        checkedSpans++;
                    }
                }
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array) foreach (var x in e.EnumerateArray()) Walk(x);
        }
        Walk(json.RootElement);
        Assert.True(checkedSpans > 5, $"only {checkedSpans} spans were checked");
        Assert.Equal(JsonReport.Schema, json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Every_brief_sentence_cites_at_least_one_article_span()
    {
        var story = Story();
        var brief = story.Brief!;
        Assert.NotEmpty(brief.Paragraphs);
        foreach (var sentence in brief.Paragraphs.SelectMany(p => p).Concat(brief.OpenConflicts))
        {
            Assert.NotEmpty(sentence.Citations);
            foreach (var c in sentence.Citations) SpanAssert.InRange(story.Doc(c.ArticleId).Text, c.Span);
        }
    }

    [Fact]
    public void The_certainty_conflict_and_the_edited_quote_reach_every_format()
    {
        var story = Story();
        Assert.Contains(story.Claims, c => c.Status == ClaimStatus.Conflicting && c.Differences.Any(d => d.Kind == DifferenceKind.Certainty));
        Assert.Contains(story.Quotes, q => q.Verdict == Fidelity.Trimmed || q.Verdict == Fidelity.Edited);
        var md = MarkdownReport.Write(story, []);
        Assert.Contains("## Open conflicts (1)", md);
        Assert.Contains("**Certainty**", md);
        var html = HtmlReport.Write(story, []);
        Assert.Contains("badge certainty", html);
    }

    [Fact]
    public void Html_citation_links_all_land_on_an_anchor()
    {
        var html = HtmlReport.Write(Story(), []);
        var ids = Regex.Matches(html, "id=\"(a\\d+-\\d+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var links = Regex.Matches(html, "href=\"#(a\\d+-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l, ids));
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Markdown_escapes_text_that_would_become_markup()
    {
        Assert.Equal(@"a \*b\* \[c\] \| d", MarkdownReport.Escape("a *b* [c] | d"));
    }
}
