using System.Numerics;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// A multimap from 64-bit hash to the positions holding it: open addressing, each slot heading a chain of positions
/// in ascending order. Rebuilt in place (its arrays grow and are kept), so an owner that builds one per article
/// allocates nothing once warm. Keys are well-mixed hashes, so the low bits index the table.
/// </summary>
internal sealed class HashChains
{
    private ulong[] keys = [];
    private int[] heads = [];
    private int[] next = [];
    private int mask;

    /// <summary>Replaces the contents with the positions of <paramref name="values"/>.</summary>
    public void Build(ReadOnlySpan<ulong> values)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, values.Length * 2));
        if (keys.Length < size)
        {
            keys = new ulong[size];
            heads = new int[size];
        }
        if (next.Length < values.Length) next = new int[Math.Max(values.Length, next.Length * 2)];
        mask = size - 1;
        heads.AsSpan(0, size).Fill(-1);
        // Insert back to front so each chain lists positions in ascending order.
        for (int i = values.Length - 1; i >= 0; i--)
        {
            ulong key = values[i];
            int slot = (int)key & mask;
            while (heads[slot] >= 0 && keys[slot] != key) slot = (slot + 1) & mask;
            if (heads[slot] < 0) keys[slot] = key;
            next[i] = heads[slot];
            heads[slot] = i;
        }
    }

    /// <summary>The first position holding <paramref name="key"/>, or -1; follow with <see cref="Next"/>.</summary>
    public int First(ulong key)
    {
        int slot = (int)key & mask;
        while (heads[slot] >= 0)
        {
            if (keys[slot] == key) return heads[slot];
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public int Next(int position) => next[position];
}
