using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Text.WordNet;

public sealed class WordNetLemmatizerTests : IDisposable
{
    private readonly WordNetFixture fixture = new();
    private readonly WordNetLemmatizer lemmatizer;

    public WordNetLemmatizerTests() =>
        lemmatizer = new WordNetLemmatizer(WordNetDictionary.FromBytes(WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture")));

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("drones", WordClass.Noun, "drone")]
    [InlineData("geese", WordClass.Noun, "goose")]
    [InlineData("went", WordClass.Verb, "go")]
    [InlineData("rose", WordClass.Verb, "rise")]
    [InlineData("resumed", WordClass.Verb, "resume")]
    [InlineData("exchanges", WordClass.Verb, "exchange")]
    [InlineData("better", WordClass.Adjective, "good")]
    [InlineData("cities", WordClass.Noun, "city")]
    [InlineData("talks", WordClass.Noun, "talk")]
    public void Morphy_finds_base_forms_through_exceptions_and_detachment_rules(string word, WordClass cls, string lemma) =>
        Assert.Equal(lemma, lemmatizer.Lemma(word, cls));

    [Theory]
    [InlineData("went", "go")]
    [InlineData("fell", "fall")]
    [InlineData("geese", "goose")]
    [InlineData("resumed", "resume")]
    [InlineData("drones", "drone")]
    public void Without_a_word_class_irregular_forms_and_regular_inflections_are_still_lemmatised(string word, string lemma) =>
        Assert.Equal(lemma, lemmatizer.Lemma(word));

    [Fact]
    public void A_detached_form_the_dictionary_lacks_is_not_taken()
    {
        // "goes" → "goe" (rule "s") is not an entry; "es" → "go" is.
        Assert.Equal("go", lemmatizer.Morphy("goes", WordClass.Verb));
        Assert.Null(lemmatizer.Morphy("zorbles", WordClass.Noun));
    }

    [Fact]
    public void Unknown_words_fall_back_to_the_suffix_rules() => Assert.Equal("zorble", lemmatizer.Lemma("zorbles", WordClass.Noun));

    [Fact]
    public void Candidates_list_every_reading_across_word_classes()
    {
        Assert.Equal(["exchange"], lemmatizer.Candidates("exchanges"));
        Assert.Contains("rise", lemmatizer.Candidates("rose"));
    }

    [Fact]
    public void Without_exception_lists_irregular_forms_stay_as_they_are()
    {
        using var bare = new WordNetFixture(withExceptions: false);
        var data = WordNetSource.Read(bare.Directory);
        Assert.Empty(data.Exceptions);
        var plain = new WordNetLemmatizer(WordNetDictionary.FromBytes(WordNetCache.Build(data, "bare")));
        Assert.Equal("went", plain.Lemma("went", WordClass.Verb));
        Assert.Equal("drone", plain.Lemma("drones", WordClass.Noun));
    }
}
