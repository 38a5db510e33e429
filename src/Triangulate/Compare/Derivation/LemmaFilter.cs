using System.Numerics;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// A one-hash Bloom filter over an article's lemma hashes (about 27 bits a lemma, so about one absent lemma in 30
/// passes): "may this article hold the lemma?" answered as 0 or 1 without a branch, for bounds that must never be
/// below the truth (a false positive only loosens them). Rebuilt in place; allocates nothing once warm.
/// </summary>
internal sealed class LemmaFilter
{
    private ulong[] bits = new ulong[16];
    private int mask;   // over word indices

    public void Build(ReadOnlySpan<ulong> lemmas)
    {
        int words = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (lemmas.Length * 27 + 63) / 64));
        if (bits.Length < words) bits = new ulong[words];
        mask = words - 1;
        bits.AsSpan(0, words).Clear();
        foreach (ulong lemma in lemmas) bits[Word(lemma)] |= 1UL << (int)lemma;
    }

    /// <summary>1 when <paramref name="lemma"/> may be in the set, 0 when it is certainly not.</summary>
    public int MayContain(ulong lemma) => (int)(bits[Word(lemma)] >> (int)lemma) & 1;

    // Lemma hashes are well mixed: the low 6 bits pick the bit, the high bits the word.
    private int Word(ulong lemma) => (int)(lemma >> 40) & mask;
}
