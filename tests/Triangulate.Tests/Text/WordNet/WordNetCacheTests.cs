using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Tests.Text.WordNet;

public sealed class WordNetCacheTests : IDisposable
{
    private readonly WordNetFixture fixture = new();
    public void Dispose() => fixture.Dispose();

    private WordNetDictionary Load() => WordNetDictionary.FromBytes(WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture"));

    [Fact]
    public void Reader_parses_synsets_index_lines_exceptions_and_the_licence_header()
    {
        var data = WordNetSource.Read(fixture.Directory);
        Assert.Equal(26, data.Synsets.Count);
        Assert.Equal("9.9", data.Version);
        Assert.Contains("Copyright 2026", data.License);
        var drone = data.Synsets.Single(s => s.Words.Any(w => w.Lemma == "drone"));
        Assert.Equal(["drone", "pilotless_aircraft"], drone.Words.Select(w => w.Lemma));
        Assert.Contains("circled the harbour", drone.Gloss);
        // Adjective markers are not part of the word; capitalised words are names.
        Assert.Contains(data.Synsets, s => s.Words.Any(w => w.Lemma == "huge"));
        Assert.True(data.Synsets.Single(s => s.Words[0].Lemma == "portmere").Words[0].Capitalised);
        Assert.Contains(new RawException("went", WordClass.Verb, "go"), data.Exceptions);
    }

    [Fact]
    public void Cache_round_trip_keeps_senses_words_and_pointers()
    {
        var wn = Load();
        Assert.Equal("9.9", wn.Version);
        Assert.Equal("fixture", wn.Source);
        Assert.Equal(26, wn.SynsetCount);

        var exchange = wn.Synsets("exchange", WordClass.Verb).Single();
        Assert.Equal(["exchange", "change", "interchange"], exchange.Lemmas);
        Assert.Equal(WordClass.Verb, exchange.Class);
        var derived = exchange.Pointers.Single(p => p.Kind == PointerKind.DerivationallyRelated);
        Assert.True(derived.IsLexical);
        Assert.Equal(["exchange"], wn.Synset(derived.Target).Lemmas);
        Assert.Equal(WordClass.Noun, wn.Synset(derived.Target).Class);

        // Noun sense first, then verb, for a lemma in two classes.
        Assert.Equal([WordClass.Noun, WordClass.Verb], wn.Synsets("exchange").Select(s => s.Class));
        Assert.Equal(["aircraft"], wn.Synsets("drone").Single().Related(PointerKind.Hypernym).Single().Lemmas);
        Assert.True(wn.Synsets("portmere").Single().IsCapitalised(0));
        Assert.True(wn.Contains("pilotless aircraft"));
        Assert.False(wn.Contains("zorble"));
        Assert.Equal(["go"], wn.ExceptionBases("went", WordClass.Verb));
        Assert.Empty(wn.ExceptionBases("went", WordClass.Noun));
    }

    [Fact]
    public void Building_the_cache_twice_gives_the_same_bytes()
    {
        var data = WordNetSource.Read(fixture.Directory);
        Assert.Equal(WordNetCache.Build(data, "fixture"), WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture"));
    }

    [Fact]
    public void A_file_that_is_not_a_cache_is_rejected_with_its_name()
    {
        var e = Assert.Throws<InvalidDataException>(() => WordNetDictionary.FromBytes("not a cache at all"u8.ToArray(), "/tmp/bogus.cache"));
        Assert.Contains("/tmp/bogus.cache", e.Message);
        var bytes = WordNetCache.Build(WordNetSource.Read(fixture.Directory), "fixture");
        var truncated = Assert.Throws<InvalidDataException>(() => WordNetDictionary.FromBytes(bytes[..200], "short.cache"));
        Assert.Contains("short.cache", truncated.Message);
    }

    [Fact]
    public void A_folder_without_the_database_files_is_named_in_the_error()
    {
        var empty = Directory.CreateTempSubdirectory("triangulate-empty-").FullName;
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => WordNetSource.Read(empty));
            Assert.Contains(empty, e.Message);
            Assert.Contains("data.noun", e.Message);
        }
        finally { Directory.Delete(empty); }
    }

    [Fact]
    public void A_malformed_data_line_is_reported_with_file_and_line()
    {
        File.AppendAllText(Path.Combine(fixture.Directory, "data.noun"), "00099999 03 n zz broken\n");
        var e = Assert.Throws<InvalidDataException>(() => WordNetSource.Read(fixture.Directory));
        Assert.Contains("data.noun:", e.Message);
    }
}
