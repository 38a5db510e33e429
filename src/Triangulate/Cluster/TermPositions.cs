using System.Numerics;
using System.Runtime.CompilerServices;

namespace Triangulate.Cluster;

/// <summary>
/// An arriving article's terms as a small hash set from term hash to its position, built once per article: every
/// candidate story is then scored by walking its own terms and probing here. A merge of the two sorted lists steps
/// through both and branches on each comparison, which the predictor cannot guess; the probes are independent and
/// almost always land on an empty slot. Open addressing on the low bits of the (already mixed) hash, linear probing,
/// filled to at most a quarter so a miss usually costs one look.
/// </summary>
internal sealed class TermPositions
{
    private ulong[] keys = new ulong[512];
    private int[] positions = new int[512]; // position + 1; 0 marks an empty slot
    private int mask = 511;

    /// <summary>Replaces the set with <paramref name="terms"/> (distinct).</summary>
    public void Build(ReadOnlySpan<ulong> terms)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, terms.Length * 4));
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called per story term in the scoring loop
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
