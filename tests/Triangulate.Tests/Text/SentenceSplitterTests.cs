using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Shared.Tokenize(text);
        return SentenceSplitter.Split(tokens).Select(s => s.Span.TextOf(text)).ToArray();
    }

    [Fact]
    public void Abbreviations_dates_and_titles_do_not_end_sentences()
    {
        Assert.Equal(["The U.S. President met Gen. Smith on Feb. 24, 2022, in St. Louis.", "He left."],
            Sentences("The U.S. President met Gen. Smith on Feb. 24, 2022, in St. Louis. He left."));
    }

    [Fact]
    public void A_dotted_acronym_ends_a_sentence_before_a_capitalised_function_word()
    {
        Assert.Equal(["Aid will flow to the U.S.", "The talks end today."],
            Sentences("Aid will flow to the U.S. The talks end today."));
    }

    [Fact]
    public void Initials_stay_inside_the_sentence()
    {
        Assert.Single(Sentences("Officials said John F. Kennedy Airport reopened."));
    }

    [Fact]
    public void A_quotation_closing_after_the_period_stays_with_its_sentence()
    {
        Assert.Equal(["“Ukraine is ready for peace.", "Russia must act.” he said.", "“It is time.”"],
            Sentences("“Ukraine is ready for peace. Russia must act.” he said. “It is time.”"));
    }

    [Fact]
    public void Attribution_after_a_quoted_question_continues_the_sentence()
    {
        Assert.Single(Sentences("\"Why now?\" she asked."));
    }

    [Fact]
    public void Headlines_without_periods_end_at_the_line_break()
    {
        Assert.Equal(["Talks resume in Jeddah", "Officials met on Tuesday."],
            Sentences("Talks resume in Jeddah\nOfficials met on Tuesday."));
    }

    [Fact]
    public void Hard_wrapped_lines_continue_the_sentence()
    {
        Assert.Single(Sentences("Officials met on Tuesday in the\ncity of Jeddah."));
    }
}
