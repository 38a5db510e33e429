using Triangulate.Compare.Similarity;
using Triangulate.Model;
using Triangulate.Tests.Fixtures;
using Triangulate.Tests.Text.WordNet;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Compare.Similarity;

public sealed class SentenceSimilarityTests : IDisposable
{
    private const string Fire = "The Portmere harbour authority said on Tuesday that the fire destroyed three warehouses near the ferry terminal.";
    private const string FireReworded = "Three warehouses near the ferry terminal were destroyed by the fire, the Portmere harbour authority said Tuesday.";
    private const string Ferry = "A new ferry line between Portmere and Elsby will open next spring, the mayor announced at a crowded meeting.";

    private readonly WordNetFixture fixture = new();
    private readonly SentenceSimilarity rules = SentenceSimilarity.Create(null);
    private readonly SentenceSimilarity withWordNet;

    public SentenceSimilarityTests()
    {
        var wn = WordNetDictionary.FromBytes(WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture"));
        withWordNet = SentenceSimilarity.Create(wn);
    }

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_reworded_sentence_scores_as_the_same_statement_and_an_unrelated_one_does_not()
    {
        var same = rules.Compare(Fire, FireReworded);
        var different = rules.Compare(Fire, Ferry);
        Assert.True(same.SameMeaning, $"p = {same.Probability}");
        Assert.False(different.SameMeaning, $"p = {different.Probability}");
        Assert.InRange(same.Probability, 0, 1);
        Assert.True(same.Probability > different.Probability + 0.3);
    }

    [Fact]
    public void Swapping_the_sentences_gives_the_same_score()
    {
        Assert.Equal(rules.Compare(Fire, FireReworded).Probability, rules.Compare(FireReworded, Fire).Probability, 9);
        Assert.Equal(withWordNet.Compare(Fire, Ferry).Probability, withWordNet.Compare(Ferry, Fire).Probability, 9);
    }

    [Fact]
    public void A_different_figure_is_reported_as_a_number_conflict_and_lowers_the_score()
    {
        const string other = "The Portmere harbour authority said on Tuesday that the fire destroyed five warehouses near the ferry terminal.";
        var result = rules.Compare(Fire, other);
        var tokensA = Tokenizer.Shared.Tokenize(Fire);
        var tokensB = Tokenizer.Shared.Tokenize(other);
        var conflict = Assert.Single(result.Conflicts, c => c.Kind == ConflictKind.Number);
        Assert.Equal("three", tokensA[conflict.A].Text);
        Assert.Equal("five", tokensB[conflict.B].Text);
        Assert.Contains(result.UnmatchedA, i => tokensA[i].Text == "three");
        Assert.True(result.Probability < rules.Compare(Fire, Fire).Probability);
    }

    [Fact]
    public void Equal_numbers_written_differently_are_aligned_as_numbers()
    {
        const string a = "The port handled 2.5 million containers last year.";
        const string b = "Last year the port handled 2,500,000 containers.";
        var result = rules.Compare(a, b);
        var tokensA = Tokenizer.Shared.Tokenize(a);
        var match = Assert.Single(result.Alignment, m => m.Kind == MatchKind.Number);
        Assert.Equal("2.5", tokensA[match.A].Text);
        Assert.DoesNotContain(result.Conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void A_negated_statement_is_flagged_as_a_negation_conflict()
    {
        var result = rules.Compare("The council approved the harbour budget.", "The council did not approve the harbour budget.");
        Assert.Contains(result.Conflicts, c => c.Kind == ConflictKind.Negation);
        Assert.Contains(result.Alignment, m => m.Kind == MatchKind.Lemma); // approved / approve
    }

    [Fact]
    public void Wordnet_aligns_words_that_say_the_same_thing_differently()
    {
        const string a = "Officials agreed to resume sharing military intelligence.";
        const string b = "Officials agreed to recommence giving military intelligence.";
        var result = withWordNet.Compare(a, b);
        var tokensA = Tokenizer.Shared.Tokenize(a);
        var tokensB = Tokenizer.Shared.Tokenize(b);
        string Pair(WordMatch m) => $"{tokensA[m.A].Text}/{tokensB[m.B].Text}";
        Assert.Contains("resume/recommence", result.Alignment.Where(m => m.Kind == MatchKind.Derived).Select(Pair));
        Assert.Contains("sharing/giving", result.Alignment.Where(m => m.Kind == MatchKind.Hypernym).Select(Pair));
        Assert.Contains("intelligence/intelligence", result.Alignment.Where(m => m.Kind == MatchKind.Exact).Select(Pair));
        // Without WordNet the same pair aligns fewer words.
        Assert.True(rules.Compare(a, b).Alignment.Length < result.Alignment.Length);
    }

    [Fact]
    public void Antonyms_are_conflicts_not_matches()
    {
        var result = withWordNet.Compare("Harbour fees rose in March.", "Harbour fees fell in March.");
        Assert.Contains(result.Conflicts, c => c.Kind == ConflictKind.Antonym);
        Assert.DoesNotContain(result.Alignment, m => m.Kind is MatchKind.Synonym or MatchKind.Hypernym);
    }

    [Fact]
    public void Names_spelled_a_letter_apart_are_aligned_as_spelling_variants()
    {
        var result = rules.Compare("Mayor Andriy Kovalenko opened the terminal.", "Mayor Andrii Kovalenko opened the terminal.");
        Assert.Contains(result.Alignment, m => m.Kind == MatchKind.Spelling);
        Assert.Empty(result.UnmatchedA);
    }

    [Fact]
    public void Tokens_of_a_segmented_document_can_be_compared_with_tags()
    {
        var tokens = Tokenizer.Shared.Tokenize(Fire);
        var tags = new Triangulate.Model.PosTag[tokens.Count];
        var result = rules.Compare(new SimilarityInput(tokens.AsSpan(), tags), new SimilarityInput(tokens.AsSpan(), tags));
        Assert.True(result.SameMeaning);
        Assert.Throws<ArgumentException>(() => new SimilarityInput(tokens.AsSpan(), tags.AsSpan(1)));
    }

    [Fact]
    public void Empty_and_punctuation_only_inputs_compare_without_failing()
    {
        var empty = rules.Compare("", "");
        Assert.InRange(empty.Probability, 0, 1);
        Assert.Empty(empty.Alignment);
        Assert.InRange(withWordNet.Compare("...", Fire).Probability, 0, 1);
    }

    [Fact]
    public void A_run_on_sentence_is_compared_on_its_first_words_only()
    {
        string longText = string.Join(" ", Enumerable.Repeat("the harbour crane lifted nine containers and", 200));
        var result = withWordNet.Compare(longText, longText);
        Assert.True(result.Alignment.Length <= 256);
        Assert.True(result.SameMeaning);
    }

    [Fact]
    public void A_surname_and_the_full_name_of_one_entity_count_as_the_same_participant()
    {
        var a = DocFactory.Article("north-ledger", "Foreign Minister Dara Quill met the envoy on Monday. Quill said the harbour talks would resume.")
            .Entity("Dara Quill", EntityType.Person).Entity("Quill", EntityType.Person, "Dara Quill").Build(withClaims: false);
        var b = DocFactory.Article("south-wire", "Dara Quill said the harbour talks would resume.")
            .Entity("Dara Quill", EntityType.Person).Build(withClaims: false);
        var withEntities = rules.Compare(SimilarityInput.Of(a, 1), SimilarityInput.Of(b, 0));
        var tokensB = b.Tokens;
        Assert.DoesNotContain(withEntities.UnmatchedB, i => tokensB[i].Text == "Dara");
        Assert.Empty(withEntities.UnmatchedB);

        var plain = rules.Compare(new SimilarityInput(a.Tokens.Slice(a.Sentences[1].FirstToken, a.Sentences[1].TokenCount)),
            new SimilarityInput(b.Tokens.Slice(b.Sentences[0].FirstToken, b.Sentences[0].TokenCount)));
        Assert.Contains(plain.UnmatchedB, i => tokensB[i].Text == "Dara");
        Assert.True(withEntities.Probability > plain.Probability);
    }
}
