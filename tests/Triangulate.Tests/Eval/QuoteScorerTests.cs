using System.Collections.Immutable;
using Triangulate.Eval;
using Triangulate.Model;

namespace Triangulate.Tests.Eval;

/// <summary>The PolNeAR reader, the gold rule and the matching rule of the quote evaluation, on tiny hand-made brat files.</summary>
public class QuoteScorerTests
{
    private const string Text =
        "Mayor Lena Ortiz said the pier was “a wreck” after the storm.\n" +
        "“We will rebuild it,” she said. “It will take a year.”\n" +
        "The council met on Tuesday, officials said.\n";

    // Offsets into Text, written out so the test shows what the annotation says.
    private static readonly string Ann = string.Join("\n",
        "T1\tSource 0 16\tMayor Lena Ortiz",
        "T2\tCue 17 21\tsaid",
        "T3\tContent 22 60\tthe pier was “a wreck” after the storm",
        "T4\tAttribution 17 21\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 62 83;94 116\t“We will rebuild it,” “It will take a year.”",
        "T6\tSource 84 87\tshe",
        "T7\tCue 88 92\tsaid",
        "T8\tAttribution 88 92\tsaid",
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
        "T9\tContent 117 143\tThe council met on Tuesday",
        "T10\tSource 145 154\tofficials",
        "T11\tCue 155 159\tsaid",
        "T12\tAttribution 155 159\tsaid",
        "E3\tAttribution:T12 Content:T9 Cue:T11 Source:T10",
        "#1\tAnnotatorNotes T9\ta note whose text runs",
        "onto a second line");

    private static PolnearArticle Article() =>
        new("a", Text, "a_x.ann", PolnearCorpus.ParseAnnotations(Ann.Split('\n'), "a_x.ann", Text.Length));

    [Fact]
    public void Brat_reader_keeps_discontinuous_spans_and_skips_continuation_lines()
    {
        var a = Article();
        Assert.Equal(3, a.Attributions.Length);
        var e2 = a.Attributions[1];
        Assert.Equal(2, e2.Content.Length);
        SpanAssert.Covers(Text, e2.Content[0], "“We will rebuild it,”");
        SpanAssert.Covers(Text, e2.Content[1], "“It will take a year.”");
        SpanAssert.Covers(Text, e2.Source[0], "she");
    }

    [Fact]
    public void Bad_offsets_are_an_error_naming_the_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => PolnearCorpus.ParseAnnotations(["T1\tSource 10 9999\tx"], "b_y.ann", 50));
        Assert.Contains("b_y.ann:1", e.Message);
    }

    [Fact]
    public void Gold_holds_attributions_with_a_quotation_mark_split_into_fully_quoted_and_mixed()
    {
        var gold = QuoteGold.Of(Article());
        Assert.Equal(2, gold.Length);
        Assert.False(gold[0].FullyQuoted);
        Assert.True(gold[1].FullyQuoted);
    }

    [Theory]
    [InlineData("''Not now,'' he said", true)]
    [InlineData("the council's plan", false)]
    [InlineData("the voters' choice and rock 'n' roll", true)] // 'n' opens a word: counted, as the rule says
    [InlineData("the ’90s were calm", false)]
    [InlineData("‘Ready,’ she said", true)]
    public void Quotation_marks_are_told_from_apostrophes(string content, bool quoted) =>
        Assert.Equal(quoted, QuoteGold.HoldsQuotationMark(content));

    private static PredictedQuote Predict(int start, int end, TextSpan? speaker = null, string? name = null) =>
        new([TextSpan.FromBounds(start, end)], speaker is { } s ? [s] : [], name, Direct: true);

    [Fact]
    public void A_quote_is_found_when_it_overlaps_half_of_the_longer_span()
    {
        var a = Article();
        var gold = QuoteGold.Of(a);
        var mixed = gold[0]; // 38 characters: "the pier was “a wreck” after the storm"
        int start = mixed.Content[0].Start;
        Assert.Equal(38, mixed.Content[0].Length);
        // The quoted words alone (9 characters with marks) overlap less than half of the gold clause.
        Assert.Empty(QuoteScorer.Score("a", Text, [mixed], [Predict(35, 44)]).Matches);
        // 19 of 38 characters, exactly half of the longer: found.
        Assert.Single(QuoteScorer.Score("a", Text, [mixed], [Predict(start, start + 19)]).Matches);
        // 18 of 38: not found.
        Assert.Empty(QuoteScorer.Score("a", Text, [mixed], [Predict(start, start + 18)]).Matches);
        // A prediction twice as long as the gold, holding all of it: exactly half of the longer, found; longer, not.
        Assert.Single(QuoteScorer.Score("a", Text, [mixed], [Predict(start, start + 76)]).Matches);
        Assert.Empty(QuoteScorer.Score("a", Text, [mixed], [Predict(start, start + 77)]).Matches);
    }

    [Fact]
    public void Matching_is_one_to_one_best_overlap_first()
    {
        var gold = QuoteGold.Of(Article());
        var whole = gold[1];
        var score = QuoteScorer.Score("a", Text, gold, [Predict(62, 116), Predict(63, 82)]);
        Assert.Single(score.Matches);
        Assert.Single(score.Spurious);
        Assert.Equal(whole, score.Matches[0].Gold);
        Assert.Single(score.Missed);
    }

    [Fact]
    public void Speaker_is_right_when_it_overlaps_the_source_or_names_the_same_person()
    {
        var gold = QuoteGold.Of(Article());
        var onSpan = QuoteScorer.Score("a", Text, gold, [Predict(22, 60, new TextSpan(6, 4), "Lena Ortiz")]);
        Assert.True(onSpan.Matches[0].SpeakerRight);
        var byName = QuoteScorer.Score("a", Text, gold, [Predict(22, 60, new TextSpan(140, 3), "Ortiz")]);
        Assert.True(byName.Matches[0].SpeakerRight);
        var wrong = QuoteScorer.Score("a", Text, gold, [Predict(22, 60, new TextSpan(117, 11), "The council")]);
        Assert.False(wrong.Matches[0].SpeakerRight);
        var none = QuoteScorer.Score("a", Text, gold, [Predict(22, 60)]);
        Assert.False(none.Matches[0].SpeakerRight);
    }

    [Fact]
    public void Gold_without_a_source_wants_no_speaker()
    {
        var attribution = new BratAttribution { Id = "E9", Content = [TextSpan.FromBounds(62, 83)] };
        var gold = new QuoteGold(attribution, FullyQuoted: true);
        Assert.True(QuoteScorer.Score("a", Text, [gold], [Predict(62, 83)]).Matches[0].SpeakerRight);
        Assert.False(QuoteScorer.Score("a", Text, [gold], [Predict(62, 83, new TextSpan(84, 3), "she")]).Matches[0].SpeakerRight);
    }

    [Fact]
    public void Evaluation_sums_precision_recall_and_speaker_accuracy_by_class()
    {
        var a = Article();
        var system = new QuoteEvaluation.System("fixed", _ => [Predict(62, 116, new TextSpan(84, 3), "she"), Predict(0, 5)]);
        var result = QuoteEvaluation.Evaluate([a], system);
        Assert.Equal(2, result.All.Gold);
        Assert.Equal(2, result.All.Predicted);
        Assert.Equal(1, result.All.Found);
        Assert.Equal(0.5, result.All.Precision);
        Assert.Equal(0.5, result.All.Recall);
        Assert.Equal(1.0, result.All.SpeakerAccuracy);
        Assert.Equal(1, result.FullyQuoted.Found);
        Assert.Equal(0, result.Mixed.Found);
        Assert.Equal(1, result.Mixed.Gold);
    }

    [Fact]
    public void Regex_baseline_finds_double_quoted_text_and_a_named_speaker()
    {
        var quotes = RegexQuoteBaseline.Shared.Extract("“We will rebuild it,” Lena Ortiz said.");
        var q = Assert.Single(quotes);
        Assert.Equal("Lena Ortiz", q.Speaker);
        SpanAssert.Covers("“We will rebuild it,” Lena Ortiz said.", q.Content[0], "“We will rebuild it,”");
    }
    [Fact]
    public void Regex_baseline_takes_the_clause_of_a_partial_quote_and_drops_a_scare_quote_with_no_cue()
    {
        const string text = "Lena Ortiz said the pier was “a danger to children” this winter.\n\nThe “harbour plan” waits.";
        var q = Assert.Single(RegexQuoteBaseline.Shared.Extract(text));
        Assert.False(q.Direct);
        Assert.Equal("Lena Ortiz", q.Speaker);
        SpanAssert.Covers(text, q.Content[0], "the pier was “a danger to children” this winter.");
    }

    [Fact]
    public void Regex_baseline_gives_a_cueless_quote_sentence_the_previous_speaker()
    {
        const string text = "“We will rebuild it,” Lena Ortiz said.\n\n“It will take a year.”";
        var quotes = RegexQuoteBaseline.Shared.Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lena Ortiz", q.Speaker));
    }
}
