using Triangulate.Cluster;
using Triangulate.Text;

namespace Triangulate.Tests.Cluster;

public sealed class TermExtractorTests
{
    [Fact]
    public void Stop_words_numbers_and_punctuation_are_dropped_and_words_are_lemmatised()
    {
        var input = ClusterInput.FromText("x", "The drones were intercepted over 300 villages, and the drone crews said so.");
        var texts = input.Terms.Select(t => t.Text).ToHashSet();
        Assert.Contains("drone", texts);
        Assert.Contains("village", texts);
        Assert.DoesNotContain("the", texts);
        Assert.DoesNotContain("300", texts);
        Assert.DoesNotContain(",", texts);
        Assert.Equal(2f, input.Terms.Single(t => t.Text == "drone").Count); // "drones" and "drone"
    }

    [Fact]
    public void Terms_are_distinct_and_sorted_by_hash()
    {
        var input = ClusterInput.FromText("x", "harbour wall harbour budget wall wall");
        Assert.Equal(input.Terms.Select(t => t.Hash).Order(), input.Terms.Select(t => t.Hash));
        Assert.Equal(input.Terms.Length, input.Terms.Select(t => t.Hash).Distinct().Count());
        Assert.Equal(StableHash.Of("harbour"), input.Terms.Single(t => t.Text == "harbour").Hash);
    }

    [Fact]
    public void Title_words_weigh_more_and_capitalised_names_are_marked()
    {
        var doc = MiniStream.Make("t", "Verran dam", "Engineers found a crack. The crack worries Lindholm residents.", MiniStream.Day);
        var input = TermExtractor.Shared.Extract(doc);
        var dam = input.Terms.Single(t => t.Text == "dam");
        Assert.Equal(TermExtractor.Shared.TitleWeight, dam.Count);
        var lindholm = input.Terms.Single(t => t.Text == "Lindholm");
        Assert.True(lindholm.Entity);
        // "Engineers" opens a sentence: capitalised, but not a name.
        Assert.False(input.Terms.Single(t => t.Text == "engineer").Entity);
        Assert.Equal(MiniStream.Day, input.Published);
    }
}
