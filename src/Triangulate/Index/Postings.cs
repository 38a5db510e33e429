using System.Buffers;

namespace Triangulate.Index;

/// <summary>
/// A sorted set of non-negative ints (story slots, document numbers) stored as varint-encoded gaps in one
/// byte array, as Lucene stores postings: a list of a few dozen small ids takes a few dozen bytes instead
/// of four or eight per id. Appending an id larger than the last is the fast path; inserting or removing
/// anywhere else re-encodes the list, which stays cheap because the lists an online index keeps are short
/// (a term is indexed only by the stories it is a top term of).
/// </summary>
public sealed class Postings
{
    private byte[] data;
    private int length;

    public Postings(int capacity = 8) => data = capacity == 0 ? [] : new byte[capacity];

    /// <summary>Number of ids held.</summary>
    public int Count { get; private set; }

    /// <summary>The largest id held (-1 when empty).</summary>
    public int Last { get; private set; } = -1;

    /// <summary>Bytes used by the encoded ids (the array may be larger).</summary>
    public int EncodedBytes => length;

    /// <summary>Bytes held, array slack included.</summary>
    public int AllocatedBytes => data.Length;

    /// <summary>Adds <paramref name="id"/>; false if it was already there.</summary>
    public bool Add(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if (id > Last)
        {
            Append(id);
            return true;
        }
        if (id == Last) return false;
        return Rewrite(id, insert: true);
    }

    /// <summary>Removes <paramref name="id"/>; false if it was not there.</summary>
    public bool Remove(int id)
    {
        if (id > Last || id < 0 || Count == 0) return false;
        return Rewrite(id, insert: false);
    }

    public bool Contains(int id)
    {
        if (id > Last || id < 0) return false;
        foreach (int x in this)
        {
            if (x == id) return true;
            if (x > id) return false;
        }
        return false;
    }

    /// <summary>Gives back unused array space (after many removals).</summary>
    public void Trim()
    {
        if (data.Length > length + 4) Array.Resize(ref data, length);
    }

    public Enumerator GetEnumerator() => new(data, length);

    private void Append(int id)
    {
        // The first id is stored as is; later ones as the gap to the previous id.
        uint gap = Last < 0 ? (uint)id : (uint)(id - Last);
        if (length + 5 > data.Length) Array.Resize(ref data, Math.Max(8, data.Length * 2));
        length += WriteVarint(data.AsSpan(length), gap);
        Last = id;
        Count++;
    }

    private bool Rewrite(int id, bool insert)
    {
        int n = Count;
        int[] rented = ArrayPool<int>.Shared.Rent(n + 1);
        try
        {
            int k = 0, at = -1;
            foreach (int x in this)
            {
                if (at < 0 && x >= id)
                {
                    if (x == id)
                    {
                        if (insert) return false;
                        at = k;
                        continue; // drop it
                    }
                    if (!insert) return false;
                    at = k;
                    rented[k++] = id;
                }
                rented[k++] = x;
            }
            if (at < 0) return false; // insert never lands here: ids above Last take the append path
            length = 0;
            Count = 0;
            Last = -1;
            for (int i = 0; i < k; i++) Append(rented[i]);
            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static int WriteVarint(Span<byte> into, uint value)
    {
        int i = 0;
        while (value >= 0x80)
        {
            into[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        into[i++] = (byte)value;
        return i;
    }

    /// <summary>Decodes the ids in ascending order without allocating.</summary>
    public struct Enumerator
    {
        private readonly byte[] data;
        private readonly int length;
        private int position;
        private int current;

        internal Enumerator(byte[] data, int length)
        {
            this.data = data;
            this.length = length;
            position = 0;
            current = -1;
        }

        public readonly int Current => current;

        public bool MoveNext()
        {
            if (position >= length) return false;
            uint value = 0;
            int shift = 0;
            byte b;
            do
            {
                b = data[position++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            current = current < 0 ? (int)value : current + (int)value;
            return true;
        }
    }
}
