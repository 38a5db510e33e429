using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class LemmatizerRulesTests
{
    [Theory]
    [InlineData("leaving", "leave")]
    [InlineData("argued", "argue")]
    [InlineData("battled", "battle")]
    [InlineData("announced", "announce")]
    [InlineData("urged", "urge")]
    [InlineData("resumed", "resume")]
    [InlineData("stopped", "stop")]
    [InlineData("agreed", "agree")]
    public void Without_a_dictionary_verb_endings_are_undone_by_english_spelling_rules(string word, string lemma) =>
        Assert.Equal(lemma, new Lemmatizer().Lemma(word, WordClass.Verb));
}
