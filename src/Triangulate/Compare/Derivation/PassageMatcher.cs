using System.Buffers;
using System.Runtime.InteropServices;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Finds the passages two articles share: maximal runs of identical words (by lexeme hash, so case and curly
/// quotes do not matter) of at least <see cref="MinWords"/>. Seeds are equal shingles, looked up in a hash table
/// of the second article's shingles; each seed is extended as far as the words agree, and the scan of the first
/// article resumes after the run, so the cost is linear in the two lengths (greedy string tiling without the
/// quadratic search). A first-article word belongs to at most one passage; a second-article word may be matched
/// twice when the first article repeats it, and is counted once in coverage.
/// </summary>
internal sealed class PassageMatcher(int minWords)
{
    /// <summary>Repeated phrases ("the United States") seed many matches; a seed looks at most this many places.</summary>
    private const int MaxSeedCandidates = 16;

    public int MinWords { get; } = minWords;

    public PassageMatch Match(DerivationProfile a, DerivationProfile b)
    {
        var passages = new List<SharedPassage>();
        var runs = new List<(int A, int B, int Words)>();
        var coveredA = new bool[a.WordCount];
        var coveredB = new bool[b.WordCount];
        if (a.Shingles.Length == 0 || b.Shingles.Length == 0 || a.WordCount < MinWords || b.WordCount < MinWords)
            return new PassageMatch(passages, runs, coveredA, coveredB);

        // Shingle hash → first position in b, with a chain to the next position holding the same hash.
        var first = new Dictionary<ulong, int>(b.Shingles.Length);
        int[] next = ArrayPool<int>.Shared.Rent(b.Shingles.Length);
        try
        {
            for (int j = b.Shingles.Length - 1; j >= 0; j--)
            {
                ref int head = ref CollectionsMarshal.GetValueRefOrAddDefault(first, b.Shingles[j], out bool exists);
                next[j] = exists ? head : -1;
                head = j;
            }

            var wa = a.WordHashes;
            var wb = b.WordHashes;
            int i = 0;
            while (i < a.Shingles.Length)
            {
                int bestJ = -1, bestLength = 0;
                if (first.TryGetValue(a.Shingles[i], out int j))
                {
                    for (int tried = 0; j >= 0 && tried < MaxSeedCandidates; tried++, j = next[j])
                    {
                        int length = 0;
                        while (i + length < wa.Length && j + length < wb.Length && wa[i + length] == wb[j + length]) length++;
                        if (length > bestLength) { bestLength = length; bestJ = j; }
                    }
                }
                if (bestLength >= MinWords)
                {
                    runs.Add((i, bestJ, bestLength));
                    int quotedWords = 0;
                    for (int k = 0; k < bestLength; k++)
                    {
                        coveredA[i + k] = true;
                        coveredB[bestJ + k] = true;
                        if (a.Quoted[i + k]) quotedWords++;
                    }
                    passages.Add(new SharedPassage(a.SpanOfWords(i, bestLength), b.SpanOfWords(bestJ, bestLength), bestLength,
                        quotedWords * 2 > bestLength));
                    i += bestLength;
                }
                else i++;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
        return new PassageMatch(passages, runs, coveredA, coveredB);
    }
}

/// <summary>The passages found, as spans and as word runs, and which words of each article they cover.</summary>
internal sealed record PassageMatch(List<SharedPassage> Passages, List<(int A, int B, int Words)> Runs, bool[] CoveredA, bool[] CoveredB);
