using System.Text;
using Triangulate.Extract.Entities;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Entities;

public class GazetteerTests
{
    private static Triangulate.Model.Lexeme[] Words(string text) =>
        Tokenizer.Shared.Tokenize(text).AsSpan().ToArray().Select(t => t.Lexeme).ToArray();

    [Fact]
    public void Entries_load_from_the_file_format_and_match_token_sequences_case_insensitively()
    {
        string file = "# comment\n1\tport astra\n3\tgeorgia\n16\telena\n";
        var gazetteer = Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(file)));
        Assert.Equal(3, gazetteer.Count);
        Assert.Equal(GazetteerType.City, gazetteer.Lookup(Words("PORT ASTRA")));
        Assert.Equal(GazetteerType.City | GazetteerType.Country, gazetteer.Lookup(Words("Georgia")));
        Assert.Equal(GazetteerType.None, gazetteer.Lookup(Words("Port")));

        var matches = new List<(int, int, GazetteerType)>();
        gazetteer.Match(Words("Elena flew to Port Astra ."), (s, l, t) => matches.Add((s, l, t)));
        Assert.Equal([(0, 1, GazetteerType.FirstName), (3, 2, GazetteerType.City)], matches);
    }

    [Fact]
    public void The_bundled_gazetteer_knows_countries_cities_and_first_names()
    {
        var g = Gazetteer.Shared;
        Assert.True(g.Count > 10_000);
        Assert.True(g.Lookup(Words("Ukraine")).HasFlag(GazetteerType.Country));
        Assert.True(g.Lookup(Words("United Arab Emirates")).HasFlag(GazetteerType.Country));
        Assert.True(g.Lookup(Words("Jeddah")).HasFlag(GazetteerType.City));
        Assert.True(g.Lookup(Words("Africa")).HasFlag(GazetteerType.Continent));
        Assert.True(g.Lookup(Words("Margaret")).HasFlag(GazetteerType.FirstName));
    }
}
