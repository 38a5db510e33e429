using System.Numerics;
using System.Runtime.CompilerServices;

namespace Triangulate.Index;

/// <summary>
/// A set of distinct 64-bit hashes that says where each stands in the list it was built from: open addressing on the
/// low bits of the (already mixed) hash, linear probing, one or two cache misses per look instead of a binary
/// search's dozen. The clusterer rebuilds one per article (its terms, probed by every candidate story: independent
/// probes that almost always land on an empty slot, where a merge of two sorted lists branches unpredictably at
/// each step); the tagger builds one over its feature keys.
/// </summary>
internal sealed class HashPositions
{
    private ulong[] keys = new ulong[512];
    private int[] positions = new int[512]; // position + 1; 0 marks an empty slot
    private int mask = 511;

    /// <summary>Replaces the set with <paramref name="terms"/> (distinct), in a table of at least
    /// <paramref name="slotsPerKey"/> slots a key (4: a miss usually costs one look; 2 for a large fixed table).</summary>
    public void Build(ReadOnlySpan<ulong> terms, int slotsPerKey = 4)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, terms.Length * slotsPerKey));
        if (size > keys.Length)
        {
            keys = new ulong[size];
            positions = new int[size];
        }
        else Array.Clear(positions, 0, mask + 1);
        mask = size - 1;
        for (int k = 0; k < terms.Length; k++)
        {
            int i = (int)terms[k] & mask;
            while (positions[i] != 0) i = (i + 1) & mask;
            keys[i] = terms[k];
            positions[i] = k + 1;
        }
    }

    /// <summary>Where <paramref name="term"/> is in the terms given to <see cref="Build"/>, -1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called per story term in scoring, per feature in tagging
    public int IndexOf(ulong term)
    {
        int i = (int)term & mask;
        int at;
        while ((at = positions[i]) != 0)
        {
            if (keys[i] == term) return at - 1;
            i = (i + 1) & mask;
        }
        return -1;
    }
}
