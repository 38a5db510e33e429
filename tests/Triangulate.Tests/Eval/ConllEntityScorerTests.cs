using Triangulate.Eval;

namespace Triangulate.Tests.Eval;

public class ConllEntityScorerTests
{
    private static ConllEntityScorer Score(params (string Gold, string Guess)[] tokens)
    {
        var scorer = new ConllEntityScorer();
        foreach (var (gold, guess) in tokens)
        {
            if (gold == "") scorer.AddBoundary();
            else scorer.Add(gold, guess);
        }
        scorer.Finish();
        return scorer;
    }

    [Fact]
    public void Iob1_gold_and_iob2_guesses_that_mark_the_same_chunks_are_all_correct()
    {
        var s = Score(("I-PER", "B-PER"), ("I-PER", "I-PER"), ("O", "O"), ("I-LOC", "B-LOC"), ("", ""));
        Assert.Equal((2, 2, 2), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
        Assert.Equal(1.0, s.OverallF1);
        Assert.Equal(4, s.Tokens);
    }

    [Fact]
    public void A_guess_that_stops_one_token_short_is_wrong()
    {
        var s = Score(("I-PER", "I-PER"), ("I-PER", "O"), ("", ""));
        Assert.Equal((1, 1, 0), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
        Assert.Equal(0.0, s.OverallF1);
    }

    [Fact]
    public void B_tag_in_iob1_splits_two_adjacent_entities_of_one_type()
    {
        var s = Score(("I-PER", "I-PER"), ("B-PER", "I-PER"), ("", ""));
        Assert.Equal((2, 1, 0), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
    }

    [Fact]
    public void A_wrong_type_counts_against_both_types()
    {
        var s = Score(("I-ORG", "I-LOC"), ("O", "O"), ("I-LOC", "I-LOC"), ("", ""));
        Assert.Equal((2, 2, 1), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
        Assert.Equal((1, 0, 0), s.ByType["ORG"]);
        Assert.Equal((1, 2, 1), s.ByType["LOC"]);
        Assert.Equal(2.0 / 3.0, ConllEntityScorer.F1(1, 1, 2), 6); // P 1/2, R 1/1
    }

    [Fact]
    public void An_entity_open_at_the_end_of_the_input_still_counts()
    {
        var s = Score(("O", "O"), ("I-MISC", "I-MISC"));
        Assert.Equal((1, 1, 1), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
    }

    [Fact]
    public void A_sentence_boundary_ends_an_entity()
    {
        var s = Score(("I-PER", "I-PER"), ("", ""), ("I-PER", "I-PER"), ("", ""));
        Assert.Equal((2, 2, 2), (s.GoldChunks, s.GuessedChunks, s.CorrectChunks));
        Assert.Equal(2, s.Tokens);
    }
}
