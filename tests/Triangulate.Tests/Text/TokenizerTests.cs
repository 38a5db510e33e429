using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Shared.Tokenize(text).AsSpan().ToArray().Select(t => t.Text).ToArray();

    [Fact]
    public void Abbreviations_and_dotted_acronyms_keep_their_period()
    {
        Assert.Equal(["The", "U.S.", "said", "on", "Feb.", "24", "that", "Mr.", "J.", "Smith", "left", "."],
            Words("The U.S. said on Feb. 24 that Mr. J. Smith left."));
    }

    [Fact]
    public void Possessives_and_negations_split_penn_treebank_style()
    {
        Assert.Equal(["Ukraine", "’s", "offer", "does", "n't", "change", "officials", "'", "view"],
            Words("Ukraine’s offer doesn't change officials' view"));
    }

    [Fact]
    public void Numbers_hyphenated_words_and_times_stay_whole()
    {
        Assert.Equal(["a", "30-day", "truce", ",", "1,250.5", "km", "at", "10:30", "on", "2022-02-24", "(", "'90s", ")"],
            Words("a 30-day truce, 1,250.5 km at 10:30 on 2022-02-24 ('90s)"));
    }

    [Fact]
    public void A_dotted_number_at_the_end_of_a_sentence_leaves_the_full_stop_alone()
    {
        Assert.Equal(["dated", "30.11.2024", ".", "Version", "2.0", "."], Words("dated 30.11.2024. Version 2.0."));
    }

    [Fact]
    public void Curly_quotes_are_tokens_with_their_role()
    {
        var tokens = Tokenizer.Shared.Tokenize("He said “ready for peace.”").AsSpan().ToArray();
        var quotes = tokens.Where(t => t.Kind == TokenKind.Quote).ToArray();
        Assert.Equal([QuoteRole.Open, QuoteRole.Close], quotes.Select(q => q.Quote));
    }

    [Fact]
    public void Straight_quotes_get_their_role_from_the_neighbours()
    {
        var tokens = Tokenizer.Shared.Tokenize("called it \"a disaster\", she said").AsSpan().ToArray();
        Assert.Equal([QuoteRole.Open, QuoteRole.Close], tokens.Where(t => t.Kind == TokenKind.Quote).Select(q => q.Quote));
    }

    [Fact]
    public void Every_token_span_holds_the_token_text()
    {
        const string text = "KYIV — Ukraine’s “ready,” he said. U.S. aid (about $2.5 bn) resumes at 9 a.m. today…";
        var tokens = Tokenizer.Shared.Tokenize(text);
        SpanAssert.Disjoint(text, tokens.AsSpan().ToArray().Select(t => t.Span));
        foreach (var t in tokens) SpanAssert.Covers(text, t.Span, t.Text);
    }

    [Fact]
    public void Lexemes_are_shared_between_occurrences_and_normalised()
    {
        var tokens = Tokenizer.Shared.Tokenize("Zelensky met Zelensky’s aides. ZELENSKY");
        Assert.Same(tokens[0].Lexeme, tokens[2].Lexeme);
        Assert.Equal("'s", tokens[3].Norm);
        Assert.Equal("zelensky", tokens[6].Norm);
        Assert.True(tokens[6].Lexeme.Is(LexemeFlags.Upper));
    }

    [Fact]
    public void Only_body_regions_are_tokenised()
    {
        const string text = "Title: X\n\n(CN) — Body text here.";
        int start = text.IndexOf("Body", StringComparison.Ordinal);
        var tokens = Tokenizer.Shared.Tokenize(text, [TextSpan.FromBounds(start, text.Length)]);
        Assert.Equal(["Body", "text", "here", "."], tokens.AsSpan().ToArray().Select(t => t.Text));
    }

    [Fact]
    public void Stop_words_come_from_the_bundled_list()
    {
        var lexicon = Lexicon.Shared;
        Assert.True(lexicon.Get("the").IsStop);
        Assert.True(lexicon.Get("The").IsStop);
        Assert.False(lexicon.Get("ceasefire").IsStop);
    }
}
