using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public sealed class ExtractionScorerTests
{
    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscores_with_case_kept()
    {
        Assert.Equal(["The", "ferry_line", "left", "at", "9", "30", "Zoë", "s", "2½", "boats"],
            ExtractionScorer.Tokens("The ferry_line left at 9:30 — Zoë's 2½ boats!"));
    }

    [Fact]
    public void Combining_marks_split_tokens_as_the_benchmark_does()
    {
        // Python's \w leaves out \p{Mn}; .NET's \w would keep "cafe\u0301" whole.
        Assert.Equal(["cafe", "bar"], ExtractionScorer.Tokens("cafe\u0301 bar"));
    }

    [Fact]
    public void Identical_texts_score_one_and_are_exact_whatever_the_spacing()
    {
        var score = ExtractionScorer.Score("Crews reached the pier at noon.\n\nNobody was hurt.", "Crews reached the pier at noon. Nobody was hurt.");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.True(score.Exact);
    }

    [Fact]
    public void A_missing_final_word_costs_one_shingle_of_recall()
    {
        // Truth a b c d e has shingles abcd and bcde; the prediction a b c d has abcd only.
        var score = ExtractionScorer.Score("a b c d e", "a b c d");
        Assert.Equal((1, 0, 1), (score.Tp, score.Fp, score.Fn));
        Assert.Equal(1, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.False(score.Exact);
    }

    [Fact]
    public void Extra_words_cost_precision_and_repeated_shingles_count_as_a_multiset()
    {
        // Prediction repeats the truth: each of its 5 shingles once more than the truth has (abcd twice, once in truth).
        var score = ExtractionScorer.Score("a b c d", "a b c d a b c d");
        Assert.Equal((1, 4, 0), (score.Tp, score.Fp, score.Fn));
        Assert.Equal(0.2, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void A_text_of_one_to_three_tokens_is_one_shingle_of_all_its_tokens()
    {
        var same = ExtractionScorer.Score("Harbor closed", "Harbor closed.");
        Assert.Equal((1, 0, 0), (same.Tp, same.Fp, same.Fn));
        Assert.Equal(1, same.TruthShingles);

        var part = ExtractionScorer.Score("Harbor closed", "Harbor");
        Assert.Equal((0, 1, 1), (part.Tp, part.Fp, part.Fn));
        Assert.Equal(0, part.Precision);
        Assert.Equal(0, part.Recall);

        // A short text's one shingle never equals a 4-token shingle of the same words.
        var longer = ExtractionScorer.Score("w x y", "w x y z");
        Assert.Equal(0, longer.Tp);
    }

    [Fact]
    public void An_empty_prediction_has_no_precision_and_zero_recall()
    {
        var score = ExtractionScorer.Score("The harbor reopened on Wednesday.", "  — ");
        Assert.Equal(0, score.PredictedShingles);
        Assert.Null(score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.False(score.Exact);
        Assert.True(ExtractionScorer.Score("", null).Exact);
    }

    [Fact]
    public void Set_figures_are_means_over_the_pages_each_figure_counts_and_f1_comes_from_the_means()
    {
        var pages = new[]
        {
            ExtractionScorer.Score("a b c d e", "a b c d"),        // P 1, R 0.5
            ExtractionScorer.Score("a b c d e f g", ""),           // empty: out of precision, R 0
            ExtractionScorer.Score("a b c d", "a b c d a b c d"),  // P 0.2, R 1
            ExtractionScorer.Score("k l m n", "k l m n"),          // exact
        };
        var figures = ExtractionScorer.Aggregate(pages);
        Assert.Equal(4, figures.Pages);
        Assert.Equal((1 + 0.2 + 1) / 3, figures.Precision, 12);
        Assert.Equal((0.5 + 0 + 1 + 1) / 4, figures.Recall, 12);
        Assert.Equal(2 * figures.Precision * figures.Recall / (figures.Precision + figures.Recall), figures.F1, 12);
        Assert.Equal(0.25, figures.Accuracy);
        Assert.Equal(1, figures.EmptyOutputs);
    }

    [Fact]
    public void Bootstrap_deviations_are_reproducible_and_zero_when_every_page_scores_the_same()
    {
        var same = Enumerable.Repeat(ExtractionScorer.Score("a b c d e", "a b c d"), 20).ToList();
        var flat = ExtractionScorer.BootstrapStd(same);
        Assert.Equal(0, flat.F1, 12);
        Assert.Equal(0, flat.Recall, 12);

        var mixed = new[] { ExtractionScorer.Score("a b c d e", "a b c d"), ExtractionScorer.Score("a b c d", "x y z w"), ExtractionScorer.Score("k l m n", "k l m n") };
        var first = ExtractionScorer.BootstrapStd(mixed);
        Assert.Equal(first, ExtractionScorer.BootstrapStd(mixed));
        Assert.True(first.F1 > 0);
    }
}
