using System.Buffers;
using System.Numerics;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// A throwaway multimap from 64-bit hash to the positions holding it, for one comparison: open addressing over
/// pooled arrays (no per-entry objects, nothing left for the GC), each slot heading a chain of positions in
/// ascending order. Dispose returns the arrays. Keys are well-mixed hashes, so the low bits index the table.
/// </summary>
internal ref struct HashChains
{
    private readonly ulong[] keys;
    private readonly int[] heads;
    private readonly int[] next;
    private readonly int mask;

    public HashChains(ReadOnlySpan<ulong> values)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, values.Length * 2));
        mask = size - 1;
        keys = ArrayPool<ulong>.Shared.Rent(size);
        heads = ArrayPool<int>.Shared.Rent(size);
        next = ArrayPool<int>.Shared.Rent(Math.Max(1, values.Length));
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
    public readonly int First(ulong key)
    {
        int slot = (int)key & mask;
        while (heads[slot] >= 0)
        {
            if (keys[slot] == key) return heads[slot];
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public readonly int Next(int position) => next[position];

    public readonly void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(heads);
        ArrayPool<int>.Shared.Return(next);
    }
}
