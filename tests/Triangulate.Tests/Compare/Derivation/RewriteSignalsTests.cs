using Triangulate.Compare.Derivation;
using static Triangulate.Tests.Compare.Derivation.DerivationFixtures;

namespace Triangulate.Tests.Compare.Derivation;

public class RewriteSignalsTests
{
    private static readonly RewriteSignals Signals = RewriteSignals.Default;

    [Fact]
    public void Sentence_by_sentence_rewrite_shows_systematic_rewording_with_both_spans()
    {
        var signals = Signals.For(Make("farm", Rewrite), Make("wire", Wire));
        var rewording = Assert.Single(signals, s => s.Name == "systematic-rewording");
        Assert.True(rewording.Strength >= 0.6, $"strength {rewording.Strength}");
        Assert.NotEmpty(rewording.Evidence);
        foreach (var e in rewording.Evidence)
        {
            SpanAssert.Covers(Rewrite, e.Span, e.Text);
            Assert.NotNull(e.SourceSpan);
            SpanAssert.Covers(Wire, e.SourceSpan!.Value, e.SourceText!);
        }
        SpanAssert.Ordered(Rewrite, rewording.Evidence.Select(e => e.Span));
    }

    [Fact]
    public void Changed_words_inside_quotation_marks_are_shown_against_the_source_quote()
    {
        var signals = Signals.For(Make("farm", Rewrite), Make("wire", Wire));
        var quotes = Assert.Single(signals, s => s.Name == "quote-words-changed");
        Assert.Equal(1, quotes.Value);
        var e = Assert.Single(quotes.Evidence);
        SpanAssert.Covers(Rewrite, e.Span, "We cannot permit people to stand on a structure that is collapsing beneath them");
        SpanAssert.Covers(Wire, e.SourceSpan!.Value, "We cannot ask anyone to walk on a structure that is failing under their feet");
    }

    [Fact]
    public void A_copied_quote_is_not_flagged_as_changed()
    {
        var signals = Signals.For(Make("trimmed", Trimmed), Make("wire", Wire));
        var quotes = Assert.Single(signals, s => s.Name == "quote-words-changed");
        Assert.Equal(0, quotes.Value);
        Assert.Empty(quotes.Evidence);
    }

    [Fact]
    public void Rewording_into_rarer_words_is_measured_against_spoken_frequencies()
    {
        var signals = Signals.For(Make("farm", Rewrite), Make("wire", Wire));
        var shift = Assert.Single(signals, s => s.Name == "vocabulary-shift");
        Assert.True(shift.Value > 0, $"shift {shift.Value}: {shift.Explanation}");
        Assert.InRange(shift.Strength, 0.01, 1);
        Assert.All(shift.Evidence, e => SpanAssert.Covers(Rewrite, e.Span, e.Text));
    }

    [Fact]
    public void Stock_openers_are_found_by_their_shape_with_offsets()
    {
        var stats = Signals.Measure(Make("farm", Rewrite));
        var openers = stats.Openers.Select(s => s.TextOf(Rewrite)).ToList();
        Assert.Contains("Additionally,", openers);
        Assert.Contains("Furthermore,", openers);
        Assert.Contains("In a significant development,", openers);
        // "Built in 1911," opens with a number-bearing phrase: a fact, not a connective.
        Assert.DoesNotContain(openers, o => o.Contains("1911"));
        Assert.Empty(Signals.Measure(Make("wire", Wire)).Openers);
    }

    [Fact]
    public void Standalone_signals_have_strengths_between_zero_and_one_and_explain_themselves()
    {
        var signals = Signals.For(Make("farm", Rewrite));
        Assert.Contains(signals, s => s.Name == "uniform-sentence-length");
        Assert.Contains(signals, s => s.Name == "elevated-vocabulary" || s.Name == "stock-openers");
        Assert.All(signals, s =>
        {
            Assert.InRange(s.Strength, 0, 1);
            Assert.Contains("human-written news", s.Explanation);
            foreach (var e in s.Evidence) SpanAssert.Covers(Rewrite, e.Span, e.Text);
        });
    }

    [Fact]
    public void More_uniform_sentences_give_a_stronger_uniformity_signal()
    {
        const string even =
            "The council met on Monday to discuss the pier.\nThe engineers said the wooden piles were badly cracked.\n" +
            "The mayor said the repairs would take several months.\nThe fishermen said they would use the harbour wall.\n" +
            "The insurer is expected to pay for most repairs.\nA public meeting will be held on Thursday evening.\n";
        const string uneven =
            "The council met.\nThe engineers said that fourteen of the sixty wooden piles beneath the old deck had cracked during the storm and that the north railing had fallen into the sea.\n" +
            "Repairs will be slow.\nFishermen who use the pier every morning said the closure would push them onto the crowded harbour wall for the whole of the summer season.\n" +
            "The insurer may pay.\nA public meeting on the repair plan will be held at the town hall on Thursday evening, the council said in a statement.\n";
        double Strength(string text) => Signals.For(Make("t", text)).Single(s => s.Name == "uniform-sentence-length").Strength;
        Assert.True(Strength(even) > Strength(uneven));
        Assert.True(Strength(even) >= 0.9);
    }

    [Fact]
    public void Background_share_interpolates_between_quantiles()
    {
        var background = RewriteBackground.Parse(["# comment", "x\t0\t1\t2\t3\t4"], "test");
        Assert.Equal(0, background.ShareBelow("x", -1));
        Assert.Equal(1, background.ShareBelow("x", 9));
        Assert.Equal(0.5, background.ShareBelow("x", 2));
        Assert.Equal(0.625, background.ShareBelow("x", 2.5));
        Assert.True(double.IsNaN(background.ShareBelow("unknown", 1)));
    }

    [Fact]
    public void Edge_must_involve_the_article()
    {
        var wire = Make("wire", Wire);
        var edge = new DerivationDetector().Compare(wire, Make("trimmed", Trimmed));
        var error = Assert.Throws<ArgumentException>(() => Signals.For(Make("gazette", Independent), wire, edge));
        Assert.Contains("gazette", error.Message);
    }
}
