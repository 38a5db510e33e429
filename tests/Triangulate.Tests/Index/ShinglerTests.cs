using Triangulate.Index;
using Triangulate.Text;

namespace Triangulate.Tests.Index;

public class ShinglerTests
{
    private static ulong[] Shingles(string text, int size = Shingler.DefaultSize)
    {
        var tokens = Tokenizer.Shared.Tokenize(text).AsSpan();
        var hashes = new ulong[tokens.Length];
        var positions = new int[tokens.Length];
        int n = Shingler.WordHashes(tokens, hashes, positions);
        var shingles = new ulong[Shingler.CountFor(n, size)];
        Assert.Equal(shingles.Length, Shingler.Shingle(hashes.AsSpan(0, n), shingles, size));
        return shingles;
    }

    [Fact]
    public void Rolling_shingles_equal_shingles_computed_from_scratch()
    {
        const string text = "the harbour master said the old pier would close for six months after the storm";
        var rolled = Shingles(text);
        var words = text.Split(' ');
        for (int i = 0; i + 5 <= words.Length; i++)
            Assert.Equal(Shingles(string.Join(' ', words[i..(i + 5)]))[0], rolled[i]);
    }

    [Fact]
    public void Punctuation_case_and_quote_style_do_not_change_shingles()
    {
        var plain = Shingles("the mayor said we cannot ask anyone to walk there");
        var styled = Shingles("The mayor said: \u201CWe cannot ask anyone to walk there.\u201D");
        Assert.Equal(plain, styled);
    }

    [Fact]
    public void Word_order_matters()
    {
        Assert.NotEqual(Shingles("one two three four five")[0], Shingles("five four three two one")[0]);
        Assert.NotEqual(Shingles("a a b a a")[0], Shingles("a a a b a")[0]);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_has_one_shingle()
    {
        Assert.Single(Shingles("pier closed"));
        Assert.Empty(Shingles(""));
        Assert.NotEqual(Shingles("pier closed")[0], Shingles("pier")[0]);
    }
}
