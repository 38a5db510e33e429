using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Triangulate.Index;

/// <summary>
/// MinHash signatures by one-permutation hashing with densification by rotation (Li, Owen &amp; Zhang 2012;
/// Shrivastava &amp; Li 2014): each shingle hash goes to one of <see cref="Size"/> bins by its top bits and the bin
/// keeps the minimum of its low 32 bits. One pass over the shingles instead of <see cref="Size"/> hash functions
/// per shingle (the classic scheme, kept as the baseline in the benchmarks). An empty bin borrows the value of the
/// next non-empty bin to its right, offset by the distance, so two texts' signatures stay comparable bin by bin.
/// The fraction of equal bins estimates the Jaccard similarity of the two shingle sets.
/// </summary>
public sealed class MinHasher
{
    /// <summary>The value of every bin of a text with no shingle: it matches nothing (see <see cref="Similarity"/>).</summary>
    public const uint Empty = uint.MaxValue;

    private const uint RotationOffset = 0x9E3779B1u; // golden-ratio odd constant: distinct offsets per distance
    private readonly int shift;

    public MinHasher(int size = 128)
    {
        if (size < 8 || size > 4096 || !BitOperations.IsPow2(size))
            throw new ArgumentOutOfRangeException(nameof(size), size, "signature size must be a power of two from 8 to 4096");
        Size = size;
        shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Bins in a signature (32-bit values: 4 bytes each).</summary>
    public int Size { get; }

    public uint[] Sign(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Size];
        Sign(shingles, signature);
        return signature;
    }

    /// <summary>Writes the signature of <paramref name="shingles"/> (well-mixed 64-bit hashes) into <paramref name="signature"/>.</summary>
    public void Sign(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        Begin(signature);
        if (shingles.IsEmpty) return;
        foreach (ulong h in shingles) Update(signature, h);
        Complete(signature);
    }

    /// <summary>Starts a signature fed one hash at a time (<see cref="Update"/>, then <see cref="Complete"/>): for
    /// callers that produce their hashes in a pass of their own and need not store them first. The result equals
    /// <see cref="Sign(ReadOnlySpan{ulong}, Span{uint})"/> over the same hashes in any order, repeats included.</summary>
    public void Begin(Span<uint> signature)
    {
        if (signature.Length != Size) throw new ArgumentException($"signature needs {Size} bins, got {signature.Length}", nameof(signature));
        signature.Fill(Empty);
    }

    public void Update(Span<uint> signature, ulong hash)
    {
        int bin = (int)(hash >> shift);
        // Low 32 bits as the value; Empty is reserved, so the rare all-ones value is folded one below.
        uint v = Math.Min((uint)hash, Empty - 1);
        if (v < signature[bin]) signature[bin] = v;
    }

    /// <summary>Fills the empty bins; a signature that saw no hash stays all <see cref="Empty"/>.</summary>
    public void Complete(Span<uint> signature) => Densify(signature);

    private static void Densify(Span<uint> signature)
    {
        int n = signature.Length;
        int lastFull = signature.LastIndexOfAnyExcept(Empty);
        if (lastFull < 0) return;
        // Walk leftwards round the ring from the last non-empty bin: each bin's nearest non-empty bin to the
        // right has been seen by the time we reach it, so one pass fills every empty bin.
        int nearest = lastFull;
        for (int step = 1; step < n; step++)
        {
            int i = lastFull - step;
            if (i < 0) i += n;
            if (signature[i] != Empty) { nearest = i; continue; }
            int distance = nearest - i;
            if (distance < 0) distance += n;
            signature[i] = Math.Min(signature[nearest] + (uint)distance * RotationOffset, Empty - 1);
        }
    }

    /// <summary>Estimated Jaccard similarity: the fraction of bins that agree. Texts without shingles are similar to nothing.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length) throw new ArgumentException($"signatures differ in size ({a.Length} and {b.Length})");
        if (a.Length == 0 || a[0] == Empty || b[0] == Empty) return 0;
        // Eight bins at a time: the stream ranks every rewrite candidate of a big story by this.
        int equal = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref uint ra = ref MemoryMarshal.GetReference(a), rb = ref MemoryMarshal.GetReference(b);
            for (; i + Vector256<uint>.Count <= a.Length; i += Vector256<uint>.Count)
                equal += BitOperations.PopCount(Vector256.Equals(Vector256.LoadUnsafe(ref ra, (nuint)i), Vector256.LoadUnsafe(ref rb, (nuint)i)).ExtractMostSignificantBits());
        }
        for (; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }
}
