using Triangulate.Index;

namespace Triangulate.Tests.Index;

public sealed class PostingsTests
{
    private static int[] Ids(Postings p)
    {
        var ids = new List<int>();
        foreach (int id in p) ids.Add(id);
        return [.. ids];
    }

    [Fact]
    public void Ids_come_back_sorted_whatever_the_order_they_were_added_in()
    {
        var p = new Postings();
        foreach (int id in new[] { 40, 3, 1000, 41, 0, 70000 }) Assert.True(p.Add(id));
        Assert.False(p.Add(41));
        Assert.Equal([0, 3, 40, 41, 1000, 70000], Ids(p));
        Assert.Equal(6, p.Count);
        Assert.True(p.Contains(1000));
        Assert.False(p.Contains(999));
    }

    [Fact]
    public void Removing_keeps_the_rest_in_order()
    {
        var p = new Postings();
        foreach (int id in new[] { 5, 9, 12, 300 }) p.Add(id);
        Assert.True(p.Remove(9));
        Assert.False(p.Remove(9));
        Assert.True(p.Remove(300));
        Assert.Equal([5, 12], Ids(p));
        Assert.Equal(12, p.Last);
        Assert.True(p.Add(13)); // appends after a removal at the end
        Assert.Equal([5, 12, 13], Ids(p));
    }

    [Fact]
    public void Close_ids_take_one_byte_each()
    {
        var p = new Postings();
        for (int id = 1_000_000; id < 1_000_100; id++) p.Add(id);
        // The first id takes three bytes, every later gap of 1 takes one.
        Assert.Equal(3 + 99, p.EncodedBytes);
    }

    [Fact]
    public void A_term_index_drops_a_term_when_its_last_id_leaves()
    {
        var index = new TermIndex();
        index.Add(77UL, 1);
        index.Add(77UL, 2);
        index.Add(78UL, 2);
        Assert.Equal(2, index.Terms);
        Assert.Equal(3, index.Entries);
        index.Remove(77UL, 1);
        index.Remove(77UL, 2);
        Assert.Null(index.Find(77UL));
        Assert.Equal(1, index.Terms);
        Assert.Equal([2], Ids(index.Find(78UL)!));
    }
}
