using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Text.WordNet;

public sealed class WordRelationsTests : IDisposable
{
    private readonly WordNetFixture fixture = new();
    private readonly WordRelations relations;

    public WordRelationsTests() =>
        relations = new WordRelations(WordNetDictionary.FromBytes(WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture")));

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("resume", "restart", WordRelation.Synonym)]
    [InlineData("exchange", "interchange", WordRelation.Synonym)]
    [InlineData("resumption", "resume", WordRelation.Derived)]
    [InlineData("resume", "recommence", WordRelation.Derived)]
    [InlineData("huge", "large", WordRelation.Similar)]
    [InlineData("drone", "aircraft", WordRelation.Hypernym)]
    [InlineData("entity", "drone", WordRelation.Hypernym)]
    [InlineData("share", "give", WordRelation.Hypernym)]
    [InlineData("recommence", "begin", WordRelation.Hypernym)]
    [InlineData("rise", "fall", WordRelation.Antonym)]
    [InlineData("goose", "drone", WordRelation.None)]
    [InlineData("zorble", "drone", WordRelation.None)]
    public void Relations_come_from_synsets_and_pointers(string a, string b, WordRelation expected)
    {
        Assert.Equal(expected, relations.Relate(a, b));
        Assert.Equal(expected, relations.Relate(b, a));
    }

    [Fact]
    public void A_lexical_pointer_belongs_to_its_own_word_only()
    {
        // "restart" shares the synset of "resume", but the derivation link to "resumption" is resume's alone.
        Assert.Equal(WordRelation.Derived, relations.Relate("resume", "resumption"));
        Assert.Equal(WordRelation.None, relations.Relate("restart", "resumption"));
    }
}
