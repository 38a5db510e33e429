using System.Text;
using Triangulate.Compare.Similarity;

namespace Triangulate.Tests.Compare.Similarity;

public sealed class TermWeightsTests
{
    [Fact]
    public void Rare_words_weigh_more_than_common_ones_and_unknown_words_weigh_most()
    {
        var weights = new TermWeights(1000, [new("the", 900), new("harbour", 12), new("café", 3)], "test");
        Assert.Equal(3, weights.Count);
        Assert.True(weights.Idf("the") < weights.Idf("harbour"));
        Assert.True(weights.Idf("harbour") < weights.Idf("café"));
        Assert.Equal(weights.MaxWeight, weights.Idf("portmere"), 9);
        Assert.Equal(3, weights.DocumentFrequency("café"));
    }

    [Fact]
    public void The_table_format_round_trips_and_rejects_a_bad_line()
    {
        var bytes = TermWeights.Format(50, "fixture glosses", [new("zeta", 2), new("alpha", 7)]);
        var read = TermWeights.Read(bytes);
        Assert.Equal(50, read.Documents);
        Assert.Equal("fixture glosses", read.Source);
        Assert.Equal(7, read.DocumentFrequency("alpha"));
        Assert.Equal(2, read.DocumentFrequency("zeta"));
        Assert.Throws<InvalidDataException>(() => TermWeights.Read(Encoding.UTF8.GetBytes("# documents 5\nno-tab-here\n")));
    }

    [Fact]
    public void The_bundled_table_comes_from_wordnet_glosses()
    {
        var weights = TermWeights.Bundled;
        Assert.Contains("WordNet", weights.Source);
        Assert.True(weights.Idf("the") < 1.5);
        Assert.True(weights.Idf("ceasefire") > weights.Idf("agreement"));
    }
}
