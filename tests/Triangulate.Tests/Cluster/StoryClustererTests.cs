using System.Collections.Immutable;
using Triangulate.Cluster;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Cluster;

public sealed class StoryClustererTests
{
    private static (StoryClusterer Clusterer, List<StoryAssignment> Assignments) Run(IEnumerable<Doc> docs, ClusterOptions? options = null)
    {
        var clusterer = new StoryClusterer(options);
        var assignments = docs.Select(clusterer.Add).ToList();
        return (clusterer, assignments);
    }

    /// <summary>The stories as sets of gold labels: each story should hold one gold story, whole.</summary>
    private static Dictionary<string, string> GoldOfStory(StoryClusterer clusterer, List<(Doc Doc, string Story)> stream)
    {
        var gold = stream.ToDictionary(x => x.Doc.Id, x => x.Story);
        var result = new Dictionary<string, string>();
        foreach (var story in clusterer.Stories)
        {
            var labels = story.Articles.Select(a => gold[a]).Distinct().ToList();
            Assert.True(labels.Count == 1, $"story {story.Id} mixes {string.Join(", ", labels)}: {string.Join(", ", story.Articles)}");
            Assert.False(result.ContainsKey(labels[0]), $"gold story {labels[0]} is split over several stories");
            result[labels[0]] = string.Join(",", story.Articles);
        }
        return result;
    }

    [Fact]
    public void A_mini_stream_is_grouped_into_its_known_stories()
    {
        var stream = MiniStream.Stream();
        var (clusterer, assignments) = Run(stream.Select(x => x.Doc));
        var stories = GoldOfStory(clusterer, stream);
        Assert.Equal(["dam", "hall-march", "hall-november", "prize", "tram"], stories.Keys.Order());
        Assert.Equal(5, clusterer.Stories.Count);
        // Placed at once: the first article of each story starts it, the others join it.
        Assert.Equal(["tram-1", "dam-1", "prize-1", "hall-1", "hall-3"], assignments.Where(a => a.NewStory).Select(a => a.ArticleId));
    }

    [Fact]
    public void The_same_people_months_apart_make_two_stories_but_days_apart_make_one()
    {
        var stream = MiniStream.Stream().Where(x => x.Story.StartsWith("hall", StringComparison.Ordinal)).ToList();
        var (apart, _) = Run(stream.Select(x => x.Doc));
        Assert.Equal(2, apart.Stories.Count);

        // The same four articles two days apart are one story: time, not wording, kept them apart above.
        var close = stream.Select((x, i) => MiniStream.Make(x.Doc.Id, x.Doc.Article.Title!, x.Doc.Text, MiniStream.Day + TimeSpan.FromHours(12 * i)));
        var (together, _) = Run(close);
        Assert.Single(together.Stories);
    }

    [Fact]
    public void A_story_runs_for_the_maximum_span_at_most_and_later_news_of_the_same_people_starts_another()
    {
        // The four "hall" articles 12 hours apart are one story (above). With a one-day span, the fourth, 36 hours
        // after the first, starts a story of its own although its gap to the third is only 12 hours.
        var stream = MiniStream.Stream().Where(x => x.Story.StartsWith("hall", StringComparison.Ordinal)).ToList();
        var close = stream.Select((x, i) => MiniStream.Make(x.Doc.Id, x.Doc.Article.Title!, x.Doc.Text, MiniStream.Day + TimeSpan.FromHours(12 * i))).ToList();
        var (week, _) = Run(close);
        Assert.Single(week.Stories);
        var (day, assignments) = Run(close, new ClusterOptions { MaxSpan = TimeSpan.FromDays(1) });
        Assert.Equal(2, day.Stories.Count);
        Assert.True(assignments[3].NewStory);
        Assert.All(day.Stories, s => Assert.True(s.LastSeen - s.FirstSeen <= TimeSpan.FromDays(1)));
    }

    [Fact]
    public void A_story_that_cannot_take_an_article_does_not_take_a_candidate_place_from_one_that_can()
    {
        // One candidate place, and a one-day span. The same tram report twice: at day 0 (story 1), and at day 1.5,
        // too late for story 1, so it starts story 2 with the same index terms. A third copy at day 1.6 finds both;
        // story 1 wins a tie for the one place, but it cannot take the article: story 2 must get the place.
        var tram = MiniStream.Stream().First(x => x.Doc.Id == "tram-1").Doc;
        var options = new ClusterOptions { MaxCandidates = 1, MaxSpan = TimeSpan.FromDays(1), MergeThreshold = 2, ReofferLoneArticles = false };
        var clusterer = new StoryClusterer(options);
        DateTimeOffset day = MiniStream.Day;
        var first = clusterer.Add(MiniStream.Make("t-0", tram.Article.Title!, tram.Text, day));
        var second = clusterer.Add(MiniStream.Make("t-1", tram.Article.Title!, tram.Text, day.AddDays(1.5)));
        Assert.True(second.NewStory);
        var third = clusterer.Add(MiniStream.Make("t-2", tram.Article.Title!, tram.Text, day.AddDays(1.6)));
        Assert.False(third.NewStory);
        Assert.Equal(second.Story, third.Story);
        Assert.NotEqual(first.Story, third.Story);
    }

    [Fact]
    public void An_article_misdated_decades_ahead_does_not_close_the_open_stories()
    {
        // The sweep that closes silent stories runs every 1,024 arrivals against the stream's clock. One article dated
        // 40 years ahead must not carry the clock there: the tram story stays open and its next report joins it.
        var tram = MiniStream.Stream().Where(x => x.Story == "tram").Select(x => x.Doc).ToList();
        var clusterer = new StoryClusterer();
        int story = clusterer.Add(tram[0]).Story;
        clusterer.Add(MiniStream.Make("misdated", "Quarry notice", "Notice of quarry blasting at Orrin Hill.", MiniStream.Day.AddYears(40)));
        for (int i = 0; i < 1100; i++)
            clusterer.Add(MiniStream.Make($"filler-{i}", "Notice", $"Notice number{i} about parcel{i} of lot{i}.", MiniStream.Day.AddMinutes(i)));
        var next = clusterer.Add(tram[1]);
        Assert.False(next.NewStory);
        Assert.Equal(story, next.Story);
    }

    [Fact]
    public void A_story_silent_longer_than_the_maximum_gap_is_closed()
    {
        var stream = MiniStream.Stream();
        var (clusterer, _) = Run(stream.Select(x => x.Doc));
        var stories = clusterer.Stories;
        // Everything from March is closed by November (the sweep runs every 1024 arrivals, so CloseAll-free
        // closing is checked below on the undated path); here: still held and retained.
        Assert.All(stories, s => Assert.True(s.Size > 0));
        var closed = new List<Story>();
        clusterer.StoryClosed += closed.Add;
        clusterer.CloseAll();
        Assert.Equal(5, closed.Count);
        Assert.All(clusterer.Stories, s => Assert.True(s.Closed));
        Assert.Equal(0, clusterer.OpenStories);
    }

    [Fact]
    public void Labels_name_the_key_entities_when_the_entity_layer_is_present()
    {
        var doc = Triangulate.Tests.Fixtures.DocFactory.Article("prize-x",
                "Anneli Varga of Tallis University won the Kessler Prize. Varga thanked Tallis University.", MiniStream.Day)
            .Entity("Anneli Varga", EntityType.Person)
            .Entity("Tallis University", EntityType.Organization)
            .Entity("Kessler Prize", EntityType.Misc)
            .Build(withClaims: false);
        var (clusterer, _) = Run([doc]);
        var story = Assert.Single(clusterer.Stories);
        Assert.Contains("Anneli Varga", story.KeyEntities);
        Assert.Contains("Tallis University", story.KeyEntities);
        Assert.StartsWith(story.KeyEntities[0], story.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_use_capitalised_names_and_lemmas_without_an_entity_layer()
    {
        var stream = MiniStream.Stream().Where(x => x.Story == "dam").Select(x => x.Doc);
        var (clusterer, _) = Run(stream);
        var story = Assert.Single(clusterer.Stories);
        Assert.Contains("Verran", story.KeyEntities);
        Assert.Contains("crack", story.KeyTerms);
        Assert.Equal(MiniStream.Day + TimeSpan.FromHours(1), story.FirstSeen);
        Assert.Equal(MiniStream.Day + TimeSpan.FromHours(27), story.LastSeen);
    }

    [Fact]
    public void The_same_stream_gives_the_same_stories_every_time()
    {
        var stream = MiniStream.Stream();
        var (a, assignA) = Run(stream.Select(x => x.Doc));
        var (b, assignB) = Run(stream.Select(x => x.Doc));
        Assert.Equal(assignA, assignB);
        Assert.Equal(a.Stories.Select(s => (s.Id, string.Join(",", s.Articles), s.Label)), b.Stories.Select(s => (s.Id, string.Join(",", s.Articles), s.Label)));
    }

    private static ClusterInput Input(string id, params string[] words)
    {
        var terms = words.Distinct().Select(w => new ClusterTerm(StableHash.Of(w), words.Count(x => x == w), w))
            .OrderBy(t => t.Hash).ToImmutableArray();
        return new ClusterInput(id, null, terms);
    }

    [Fact]
    public void Undated_stories_close_after_the_arrival_gap_and_memory_stays_bounded()
    {
        var options = new ClusterOptions { MaxGapArticles = 200, RetainClosed = false };
        var clusterer = new StoryClusterer(options);
        int closedCount = 0;
        clusterer.StoryClosed += _ => closedCount++;
        // 5,000 articles of 1,000 distinct one-off topics, five articles each, topic after topic.
        for (int topic = 0; topic < 1000; topic++)
            for (int k = 0; k < 5; k++)
                clusterer.Add(Input($"t{topic}-{k}", $"alpha{topic}", $"beta{topic}", $"gamma{topic}", "common", k % 2 == 0 ? "even" : "odd"));
        Assert.True(clusterer.OpenStories < 300, $"{clusterer.OpenStories} stories still open");
        Assert.True(closedCount > 700, $"only {closedCount} closed");
        Assert.DoesNotContain(clusterer.Stories, s => s.Closed); // not retained
        var (terms, _) = clusterer.IndexSize;
        Assert.True(terms < 1200, $"{terms} terms still indexed");
    }

    [Fact]
    public void Two_stories_bridged_by_later_articles_are_merged_and_the_assignment_says_so()
    {
        var clusterer = new StoryClusterer(new ClusterOptions { Threshold = 0.3, MergeThreshold = 0.25 });
        // Two reports of one event that share few words found two stories...
        var a = clusterer.Add(Input("a", "quarry", "blast", "ostrava", "miner", "trapped"));
        var b = clusterer.Add(Input("b", "rescue", "shaft", "collapse", "helm", "crew"));
        Assert.True(a.NewStory && b.NewStory);
        // ...until reports using both vocabularies make them one.
        var bridges = new List<StoryAssignment>();
        for (int i = 0; i < 4; i++)
            bridges.Add(clusterer.Add(Input($"c{i}", "quarry", "blast", "ostrava", "miner", "rescue", "shaft", "collapse", "helm")));
        Assert.Contains(bridges, x => x.MergedStory >= 0);
        var story = Assert.Single(clusterer.Stories);
        Assert.Equal(6, story.Size);
        Assert.Equal(clusterer.Resolve(a.Story), clusterer.Resolve(b.Story));
        Assert.Single(story.Absorbed);
    }

    [Fact]
    public void Disabling_merges_and_reoffers_keeps_every_story_as_founded()
    {
        var clusterer = new StoryClusterer(new ClusterOptions { MergeThreshold = 2, ReofferLoneArticles = false });
        clusterer.Add(Input("a", "quarry", "blast", "ostrava", "miner", "trapped"));
        clusterer.Add(Input("b", "rescue", "shaft", "collapse", "helm", "crew"));
        for (int i = 0; i < 4; i++) Assert.Equal(-1, clusterer.Add(Input($"c{i}", "quarry", "blast", "ostrava", "miner", "rescue", "shaft", "collapse", "helm")).MergedStory);
        Assert.True(clusterer.Stories.Count >= 2);
    }

    [Fact]
    public void A_lone_article_joins_a_story_that_grows_toward_it()
    {
        // Centroid merges off: only the re-offer of lone articles can bring the early report in.
        var options = new ClusterOptions { MergeThreshold = 2 };
        var stream = new[]
        {
            Input("first", "glacier", "collapse", "valley", "village", "evacuate"),
            Input("second", "glacier", "collapse", "valley", "village", "evacuate", "rescue"),
            Input("early", "avalanche", "warning", "hut", "rescue"),
            Input("third", "glacier", "collapse", "village", "evacuate", "avalanche", "warning"),
            Input("fourth", "glacier", "collapse", "village", "avalanche", "warning", "hut"),
        };
        var clusterer = new StoryClusterer(options);
        var early = stream.Select(clusterer.Add).ToList()[2];
        Assert.True(early.NewStory); // alone on arrival...
        var story = Assert.Single(clusterer.Stories); // ...but part of the story once it grew toward it
        Assert.Contains("early", story.Articles);

        var without = new StoryClusterer(options with { ReofferLoneArticles = false });
        foreach (var input in stream) without.Add(input);
        Assert.Contains(without.Stories, s => s.Articles.SequenceEqual(["early"]));
    }

    [Fact]
    public void Bad_options_are_refused_with_the_name_of_the_setting()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new StoryClusterer(new ClusterOptions { SizeExponent = 2 }));
        Assert.Equal("SizeExponent", e.ParamName);
    }
}
