namespace Triangulate.Text;

/// <summary>
/// A 64-bit string hash that is the same in every process and on every machine (string.GetHashCode is
/// randomised per process), so shingles and MinHash signatures can be stored and compared across runs.
/// FNV-1a over UTF-16 code units, then the splitmix64 finaliser for avalanche.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h ^= c;
            h *= Prime;
        }
        return Mix(h);
    }

    /// <summary>Combines two hashes order-dependently (shingles of consecutive tokens).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b + 0x9E3779B97F4A7C15UL);

    /// <summary>splitmix64 finaliser: spreads every input bit over the whole output.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
