using Triangulate.Compare.Derivation;
using Triangulate.Model;
using static Triangulate.Tests.Compare.Derivation.DerivationFixtures;
using Triangulate.Model.Story;

namespace Triangulate.Tests.Compare.Derivation;

public class DerivationDetectorTests
{
    private static readonly DerivationDetector Detector = new();
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Republished_text_is_a_verbatim_copy()
    {
        var edge = Detector.Compare(Make("wire", Wire), Make("republished", Verbatim));
        Assert.Equal(DerivationKind.Verbatim, edge.Kind);
        Assert.True(edge.Evidence.ContainmentA >= 0.99, $"containment {edge.Evidence.ContainmentA}");
        Assert.Equal(1.0, edge.Evidence.OrderKept);
    }

    [Fact]
    public void Trimmed_syndicated_copy_is_a_near_copy_derived_from_the_longer_text()
    {
        var wire = Make("wire", Wire);
        var trimmed = Make("trimmed", Trimmed);
        var edge = Detector.Compare(wire, trimmed);
        Assert.Equal(DerivationKind.NearCopy, edge.Kind);
        Assert.True(edge.Evidence.NarrationContainmentB > 0.85, $"trimmed copy contained {edge.Evidence.NarrationContainmentB}");
        Assert.True(edge.Evidence.NarrationContainmentA < 0.8, $"wire contained {edge.Evidence.NarrationContainmentA}");
        // No dates: direction from containment, and said so.
        Assert.Equal("wire", edge.Source);
        Assert.Equal("trimmed", edge.Derived);
        Assert.Equal(DirectionBasis.Containment, edge.DirectionBasis);
        Assert.Equal(1.0, edge.Evidence.OrderKept);
    }

    [Fact]
    public void Shared_passages_carry_offsets_into_both_articles()
    {
        var wire = Make("wire", Wire);
        var trimmed = Make("trimmed", Trimmed);
        var edge = Detector.Compare(wire, trimmed);
        Assert.NotEmpty(edge.Evidence.Passages);
        SpanAssert.Disjoint(Wire, edge.Evidence.Passages.Select(p => p.InA));
        foreach (var p in edge.Evidence.Passages)
        {
            SpanAssert.InRange(Trimmed, p.InB);
            Assert.True(p.Words >= Detector.Options.MinPassageWords);
        }
        // The edit "on Monday" → "Monday" splits the first sentence: the passage after it starts at "Monday to close".
        // Passages match words, not punctuation: "2.4 million dollars" and "$2.4 million" share "2.4 million".
        var opening = edge.Evidence.Passages.First(p => p.InA.TextOf(Wire).StartsWith("Monday to close", StringComparison.Ordinal));
        Assert.StartsWith("Monday to close", opening.InB.TextOf(Trimmed));
        Assert.EndsWith("2.4 million", opening.InB.TextOf(Trimmed));
        // The copied quote runs on into copied narration: one passage, mostly narration, so not flagged as a quotation.
        Assert.Contains(edge.Evidence.Passages, p => !p.Quoted && p.InA.TextOf(Wire).Contains("failing under their feet"));
    }

    [Fact]
    public void Publication_time_decides_the_direction_when_known()
    {
        // The trimmed copy went out first (an early web version, later expanded): time beats containment.
        var wire = Make("wire", Wire, Monday.AddHours(3), hasTime: true);
        var trimmed = Make("trimmed", Trimmed, Monday, hasTime: true);
        var edge = Detector.Compare(wire, trimmed);
        Assert.Equal("trimmed", edge.Source);
        Assert.Equal("wire", edge.Derived);
        Assert.Equal(DirectionBasis.PublicationTime, edge.DirectionBasis);
        Assert.Contains("3 hours earlier", edge.Explanation);
    }

    [Fact]
    public void Dates_without_time_on_the_same_day_give_no_time_direction()
    {
        var wire = Make("wire", Wire, Monday.Date);
        var trimmed = Make("trimmed", Trimmed, Monday.Date);
        var edge = Detector.Compare(wire, trimmed);
        Assert.Equal(DirectionBasis.Containment, edge.DirectionBasis);
    }

    [Fact]
    public void Reworded_rewrite_in_the_same_order_is_a_paraphrase()
    {
        var wire = Make("wire", Wire, Monday, hasTime: true);
        var rewrite = Make("farm", Rewrite, Monday.AddHours(5), hasTime: true);
        var edge = Detector.Compare(wire, rewrite);
        Assert.Equal(DerivationKind.Paraphrase, edge.Kind);
        Assert.True(edge.Evidence.NarrationContainmentB < 0.3, $"rewrite shares too much wording: {edge.Evidence.NarrationContainmentB}");
        Assert.True(edge.Evidence.AlignedB >= 0.6, $"aligned {edge.Evidence.AlignedB}");
        Assert.True(edge.Evidence.OrderKept >= 0.9);
        Assert.True(edge.Evidence.MeanSurface < 0.3);
        Assert.Equal("wire", edge.Source);
        Assert.Equal(DirectionBasis.PublicationTime, edge.DirectionBasis);
        foreach (var pair in edge.Evidence.Aligned)
        {
            SpanAssert.InRange(Wire, pair.SpanA);
            SpanAssert.InRange(Rewrite, pair.SpanB);
        }
        SpanAssert.Ordered(Wire, edge.Evidence.Aligned.Select(p => p.SpanA));
    }

    [Fact]
    public void Independent_report_of_the_same_event_stays_independent_despite_a_shared_quote()
    {
        var edge = Detector.Compare(Make("wire", Wire), Make("gazette", Independent));
        Assert.Equal(DerivationKind.Independent, edge.Kind);
        Assert.Null(edge.Source);
        // The same statement is quoted by both: shared, but inside quotation marks.
        var quote = Assert.Single(edge.Evidence.Passages, p => p.Words >= 10);
        Assert.True(quote.Quoted);
        SpanAssert.Covers(Independent, quote.InB, quote.InA.TextOf(Wire));
        Assert.True(edge.Evidence.NarrationContainmentB < 0.1);
    }

    [Fact]
    public void Verdict_is_the_same_whichever_article_comes_first()
    {
        var wire = Make("wire", Wire);
        foreach (var (id, text) in new[] { ("trimmed", Trimmed), ("farm", Rewrite), ("gazette", Independent), ("republished", Verbatim) })
        {
            var other = Make(id, text);
            var forward = Detector.Compare(wire, other);
            var backward = Detector.Compare(other, wire);
            Assert.Equal(forward.Kind, backward.Kind);
            Assert.Equal(forward.Source, backward.Source);
            Assert.Equal(forward.Evidence.ContainmentA, backward.Evidence.ContainmentB, 2);
        }
    }

    [Fact]
    public void Detect_counts_one_source_for_a_story_and_its_copies()
    {
        var docs = new[]
        {
            Make("wire", Wire, Monday, hasTime: true),
            Make("republished", Verbatim, Monday.AddHours(1), hasTime: true),
            Make("trimmed", Trimmed, Monday.AddHours(2), hasTime: true),
            Make("farm", Rewrite, Monday.AddHours(4), hasTime: true),
            Make("gazette", Independent, Monday.AddHours(6), hasTime: true),
        };
        var report = Detector.Detect(docs);
        Assert.Equal(2, report.IndependentCount);
        var wireSource = report.SourceOf("wire");
        Assert.Equal("wire", wireSource.Representative);
        Assert.Equal(["farm", "republished", "trimmed"], wireSource.SetAside.Select(s => s.Id).Order());
        Assert.All(wireSource.SetAside, s => Assert.True(s.KnownDerived));
        Assert.Equal("gazette", report.SourceOf("gazette").Representative);
        Assert.Empty(report.SourceOf("gazette").SetAside);
        Assert.All(report.Edges, e => Assert.True(e.IsDerived));
    }

    [Fact]
    public void Unrelated_articles_are_not_compared_in_a_stream()
    {
        var index = Detector.CreateIndex();
        index.Add(Make("wire", Wire));
        index.Add(Make("other", "The city orchestra announced its winter season on Friday.\nTickets go on sale next month, the orchestra's director said.\nThe season opens with a programme of Baltic composers.\n"));
        Assert.Equal(0, index.Comparisons);
        index.Add(Make("trimmed", Trimmed));
        Assert.Equal(1, index.Comparisons);
    }

    [Fact]
    public void Empty_and_tiny_articles_compare_without_error()
    {
        var empty = Make("empty", "");
        var tiny = Make("tiny", "Pier closed.");
        Assert.Equal(DerivationKind.Independent, Detector.Compare(empty, tiny).Kind);
        Assert.Equal(DerivationKind.Independent, Detector.Compare(empty, Make("wire", Wire)).Kind);
        Assert.Equal(DerivationKind.Independent, Detector.Compare(tiny, Make("wire", Wire)).Kind);
    }
}

public class DerivationStageTests
{
    [Fact]
    public void Story_stage_sets_aside_copies_and_rewrites_with_schema_kind_names()
    {
        var monday = new DateTimeOffset(2026, 3, 9, 18, 0, 0, TimeSpan.Zero);
        var story = new Triangulate.Model.Story.StoryAnalysis
        {
            Docs =
            [
                Make("wire", Wire, monday, hasTime: true),
                Make("trimmed", Trimmed, monday.AddHours(2), hasTime: true),
                Make("farm", Rewrite, monday.AddHours(4), hasTime: true),
                Make("gazette", Independent, monday.AddHours(6), hasTime: true),
            ],
        };
        var result = new DerivationStage().Run(story);
        Assert.Equal(["gazette", "wire"], result.IndependentArticles.Order());
        var trimmed = Assert.Single(result.SetAside, s => s.ArticleId == "trimmed");
        Assert.Equal("near-copy", trimmed.Kind);
        Assert.Equal("wire", trimmed.DerivedFrom);
        Assert.Equal("paraphrase rewrite", Assert.Single(result.SetAside, s => s.ArticleId == "farm").Kind);
        Assert.Contains("likely source", trimmed.Reason);
    }
}

public class DerivationIndexTests
{
    [Fact]
    public void Closing_a_story_releases_its_profiles_and_its_copies_are_no_longer_compared()
    {
        var detector = new DerivationDetector();
        var index = detector.CreateIndex();
        index.Add(Make("wire", Wire), "pier");
        index.Add(Make("gazette", Independent), "pier");
        long held = index.ApproximateBytes;
        Assert.Equal(2, index.CloseStory("pier"));
        Assert.True(index.ApproximateBytes < held / 4, $"{index.ApproximateBytes} of {held} bytes still held");
        Assert.All(index.Profiles, p => Assert.Null(p));
        long before = index.Comparisons;
        Assert.Empty(index.Add(Make("trimmed", Trimmed), "pier-later"));
        Assert.Equal(before, index.Comparisons);
        Assert.Equal(0, index.CloseStory("no-such-story"));
    }

    [Fact]
    public void A_window_releases_old_articles_of_an_open_story_and_their_late_copies_are_not_compared()
    {
        var monday = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var index = new DerivationDetector(DerivationOptions.Default with { Window = TimeSpan.FromHours(48) }).CreateIndex();
        index.Add(Make("wire", Wire, monday, hasTime: true), "pier");
        // Within the window: the copy is found.
        Assert.Single(index.Add(Make("trimmed", Trimmed, monday.AddHours(30), hasTime: true), "pier"));
        Assert.Equal(0, index.Expired);
        // Other news 49 hours on (the stream's clock starts at its fifth dated article): the wire leaves the window.
        for (int i = 0; i < 3; i++) index.Add(Make($"other-{i}", Independent, monday.AddHours(49 + 0.2 * i), hasTime: true), "other");
        Assert.Equal(1, index.Expired);
        Assert.Null(index.Profiles[0]);
        // Published 50 hours after the wire: the late copy finds only the trimmed one, and the wire was released
        // although its story is still open.
        var late = index.Add(Make("late", Verbatim, monday.AddHours(50), hasTime: true), "pier");
        Assert.DoesNotContain(late, e => e.A == "wire" || e.B == "wire");
        Assert.Contains(late, e => e.A == "trimmed");
        Assert.Equal(5, index.Held);
        // Closing the story releases the rest of it; the one already expired is not counted twice.
        Assert.Equal(2, index.CloseStory("pier"));
        Assert.Equal(3, index.Held);
    }

    [Fact]
    public void An_article_misdated_years_ahead_neither_empties_the_window_nor_holds_it_up()
    {
        var monday = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var index = new DerivationDetector(DerivationOptions.Default with { Window = TimeSpan.FromHours(48) }).CreateIndex();
        index.Add(Make("wire", Wire, monday, hasTime: true), "pier");
        index.Add(Make("misdated", Independent, monday.AddYears(40), hasTime: true), "other");
        index.Add(Make("independent", Independent, monday.AddHours(1), hasTime: true), "other");
        // The misdated article did not carry the clock 40 years on: the wire is still held and its copy is found.
        Assert.Single(index.Add(Make("trimmed", Trimmed, monday.AddHours(30), hasTime: true), "pier"));
        Assert.Equal(4, index.Held);
        // Once the clock moves past the wire, the misdated article (behind it in arrival order) goes too rather than
        // holding everything that came after it.
        index.Add(Make("late", Verbatim, monday.AddHours(50), hasTime: true), "pier");
        Assert.Null(index.Profiles[0]);
        Assert.Null(index.Profiles[1]);
        Assert.NotNull(index.Profiles[3]);
    }

    [Fact]
    public void A_stream_profile_keeps_signatures_of_exactly_the_configured_size()
    {
        // 8 bins is below the recycler's smallest class (16): the signature must still be 8 long, or whole-array
        // comparisons would read bins no hash was ever written to.
        var detector = new DerivationDetector(DerivationOptions.Default with { TopicSignatureSize = 8, TopicBands = 4, TopicRows = 2 });
        var index = detector.CreateIndex();
        index.Add(Make("wire", Wire), "pier");
        var held = index.Profiles[0]!;
        Assert.Equal(8, held.TopicSignature.Length);
        Assert.Equal(detector.Profile(Make("wire", Wire)).TopicSignature, held.TopicSignature);
    }

    [Fact]
    public void Profiles_hold_numbers_not_the_Doc_unless_the_similarity_reads_documents()
    {
        var doc = Make("wire", Wire);
        var profile = new DerivationDetector().Profile(doc);
        Assert.Null(profile.Doc);
        Assert.Equal("wire", profile.Id);
        // Word offsets stand in for the tokens: each word's span is its text.
        for (int w = 0; w < profile.WordCount; w++)
            Assert.Equal(doc.Tokens[doc.Tokens.IndexAtOrAfter(profile.WordStart[w])].Text, profile.SpanOfWords(w, 1).TextOf(doc.Text));
        var reading = new DerivationDetector(similarity: new DocumentReadingSimilarity());
        Assert.Same(doc, reading.Profile(doc).Doc);
    }

    private sealed class DocumentReadingSimilarity : ISentenceSimilarity
    {
        public string Name => "reads-docs";
        public double Prefilter => 0.2;
        public double AlignThreshold => 0.5;
        public bool ReadsDocuments => true;
        public double Score(in SentencePair pair) => pair.A.Doc!.Sentences.Length > 0 ? pair.LemmaOverlap : 0;
    }

    [Fact]
    public void Stories_are_kept_apart_for_rewrite_candidates_but_not_for_copies()
    {
        var index = new DerivationDetector().CreateIndex();
        index.Add(Make("wire", Wire), "pier");
        // A rewrite filed under another story is not looked for; a copy is found across stories.
        Assert.Empty(index.Add(Make("farm", Rewrite), "elsewhere"));
        var copy = Assert.Single(index.Add(Make("trimmed", Trimmed), "elsewhere-too"));
        Assert.Equal(DerivationKind.NearCopy, copy.Kind);
        // The same rewrite again, now in the wire's story: a rewrite of the wire, and a verbatim copy of "farm".
        var edges = index.Add(Make("farm2", Rewrite), "pier");
        Assert.Equal(DerivationKind.Paraphrase, Assert.Single(edges, e => e.A == "wire").Kind);
        Assert.Equal(DerivationKind.Verbatim, Assert.Single(edges, e => e.A == "farm").Kind);
    }

    [Fact]
    public void Copies_of_one_wire_story_are_each_compared_with_the_source_not_with_each_other()
    {
        var index = new DerivationDetector().CreateIndex();
        var morning = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var edges = new List<DerivationEdge>();
        edges.AddRange(index.Add(Make("wire", Wire, morning, hasTime: true)));
        for (int k = 1; k <= 5; k++)
            edges.AddRange(index.Add(Make($"copy-{k}", Verbatim, morning.AddHours(k), hasTime: true)));
        Assert.Equal(5, edges.Count);
        Assert.All(edges, e => Assert.Equal("wire", e.Source));
        Assert.Equal(5, index.Comparisons); // not 15: copies of the wire are not compared with one another
    }
}
