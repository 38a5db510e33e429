using System.Numerics;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Arrays given back by released stream profiles, kept by size class (four per doubling, so an array is at most a
/// quarter longer than asked) and handed to the next profiles.
/// Why not new arrays: a stream profiles every arriving article and holds the profiles for a window, so fresh
/// arrays keep the heap growing into memory the process has never touched, and on a virtual machine the first
/// touch of a page is what costs most (measured: about 50 µs of an 80 µs profile for ~17 KB of fresh memory,
/// about 22 µs in all when the memory is reused; docs/BENCHMARKS.md). Not the shared ArrayPool: that keeps a
/// few dozen arrays per size, and a stream releases and rents tens of thousands. One writer; not thread-safe.
/// A rented array holds old values: the renter overwrites what it uses.
/// </summary>
internal sealed class ArrayRecycler<T>
{
    private const int MinLength = 16;
    private readonly Stack<T[]>?[] classes = new Stack<T[]>?[4 * 32];

    /// <summary>An array of at least <paramref name="length"/> items (at least 16, at most a quarter more than asked).</summary>
    public T[] Rent(int length)
    {
        var (size, c) = ClassOf(Math.Max(MinLength, length));
        return classes[c] is { } stack && stack.TryPop(out var array) ? array : new T[size];
    }

    /// <summary>Takes back an array from <see cref="Rent"/>; one of another length is left to the GC.</summary>
    public void Return(T[] array)
    {
        if (array.Length < MinLength) return;
        var (size, c) = ClassOf(array.Length);
        if (size != array.Length) return;
        (classes[c] ??= new Stack<T[]>()).Push(array);
    }

    /// <summary>The class size for <paramref name="length"/>: 2^k · (1 + q/4) for the smallest q in 1..4 that holds it.</summary>
    private static (int Size, int Class) ClassOf(int length)
    {
        int k = BitOperations.Log2((uint)length);
        int step = (1 << k) / 4;
        int q = (length - (1 << k) + step - 1) / step;   // 0..4
        if (q == 0) return (length, 4 * k);               // an exact power of two
        return ((1 << k) + q * step, 4 * k + q);
    }
}

/// <summary>The recyclers for every array type a <see cref="DerivationProfile"/> holds (one per stream index).</summary>
internal sealed class ProfileArrays
{
    public readonly ArrayRecycler<ulong> Ulongs = new();
    public readonly ArrayRecycler<uint> Uints = new();
    public readonly ArrayRecycler<int> Ints = new();
    public readonly ArrayRecycler<float> Floats = new();
    public readonly ArrayRecycler<bool> Bools = new();
    public readonly ArrayRecycler<Model.TextSpan> Spans = new();
}
