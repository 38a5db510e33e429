using System.Numerics;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Index;

/// <summary>
/// Word shingles: a 64-bit hash for every run of <see cref="DefaultSize"/> consecutive words, computed from
/// each token's precomputed <see cref="Lexeme.Hash"/> (no strings). Words and numbers take part, stop words
/// included (copy detection needs "of the" as much as "ceasefire"); punctuation and quotation marks do not, so
/// re-punctuating a copy or swapping straight for curly quotes does not break its shingles.
/// </summary>
public static class Shingler
{
    /// <summary>Five words: long enough that independent reports of one event rarely share a shingle outside
    /// quotations and names, short enough that a lightly edited copy keeps most of them.</summary>
    public const int DefaultSize = 5;

    /// <summary>Does this token take part in shingles and passage matching?</summary>
    public static bool IsWordToken(in Token token) => token.Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Writes the lexeme hash of every word token into <paramref name="hashes"/> and its token index into
    /// <paramref name="positions"/>; returns how many. Both spans must hold <c>tokens.Length</c> items.</summary>
    public static int WordHashes(ReadOnlySpan<Token> tokens, Span<ulong> hashes, Span<int> positions)
    {
        int n = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (!IsWordToken(t)) continue;
            hashes[n] = t.Lexeme.Hash;
            positions[n] = i;
            n++;
        }
        return n;
    }

    /// <summary>How many shingles <see cref="Shingle"/> writes for <paramref name="words"/> words.</summary>
    public static int CountFor(int words, int size = DefaultSize) => words == 0 ? 0 : words < size ? 1 : words - size + 1;

    /// <summary>
    /// Shingle hashes of a word-hash sequence into <paramref name="destination"/> (at least
    /// <see cref="CountFor"/> long); returns how many. A text shorter than one shingle gets a single shingle of
    /// all its words. Rolling (buzhash-style rotate-xor, then a finaliser): O(1) per word whatever the size.
    /// </summary>
    public static int Shingle(ReadOnlySpan<ulong> words, Span<ulong> destination, int size = DefaultSize)
    {
        if (size < 1 || size > 63) throw new ArgumentOutOfRangeException(nameof(size), size, "shingle size must be 1..63");
        int n = words.Length;
        if (n == 0) return 0;
        int k = Math.Min(size, n);
        // H = rotl(w[i], k-1) ^ rotl(w[i+1], k-2) ^ … ^ w[i+k-1]; rolling: H' = rotl(H, 1) ^ rotl(w[i], k) ^ w[i+k].
        ulong h = 0;
        for (int j = 0; j < k; j++) h = BitOperations.RotateLeft(h, 1) ^ words[j];
        destination[0] = StableHash.Mix(h ^ (ulong)k);
        int count = 1;
        for (int i = 0; i + k < n; i++)
        {
            h = BitOperations.RotateLeft(h, 1) ^ BitOperations.RotateLeft(words[i], k) ^ words[i + k];
            destination[count++] = StableHash.Mix(h ^ (ulong)k);
        }
        return count;
    }
}
