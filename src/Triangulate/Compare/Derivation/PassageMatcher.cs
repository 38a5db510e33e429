using System.Buffers;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Finds the passages two articles share: maximal runs of identical words (by lexeme hash, so case and curly
/// quotes do not matter) of at least <see cref="MinWords"/>. Seeds are equal shingles, looked up in a hash table
/// of the second article's shingles (built once per article, <see cref="PreparedSide"/>); each seed is extended as far as the words agree, and the scan of the first
/// article resumes after the run, so the cost is linear in the two lengths (greedy string tiling without the
/// quadratic search). A first-article word belongs to at most one passage; a second-article word may be matched
/// twice when the first article repeats it, and is counted once in coverage.
/// </summary>
internal sealed class PassageMatcher(int minWords)
{
    /// <summary>Repeated phrases ("the United States") seed many matches; a seed looks at most this many places.</summary>
    private const int MaxSeedCandidates = 16;

    public int MinWords { get; } = minWords;

    public PassageMatch Match(DerivationProfile a, DerivationProfile b, PreparedSide side)
    {
        var passages = new List<SharedPassage>();
        // Pooled: a stream compares a few pairs per article and keeps none of these arrays.
        var coveredA = ArrayPool<bool>.Shared.Rent(Math.Max(1, a.WordCount));
        var coveredB = ArrayPool<bool>.Shared.Rent(Math.Max(1, b.WordCount));
        Array.Clear(coveredA, 0, a.WordCount);
        Array.Clear(coveredB, 0, b.WordCount);
        var match = new PassageMatch(passages, coveredA, a.WordCount, coveredB, b.WordCount);
        if (a.WordCount < MinWords || b.WordCount < MinWords || a.ShingleSize != b.ShingleSize) return match;
        int na = Index.Shingler.CountFor(a.WordCount, a.ShingleSize);
        ulong[] shinglesA = ArrayPool<ulong>.Shared.Rent(na);
        try
        {
            Index.Shingler.Shingle(a.WordHashes, shinglesA, a.ShingleSize);
            Tile(a, b, shinglesA.AsSpan(0, na), side.ShingleChains, match, passages, coveredA, coveredB);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(shinglesA);
        }
        return match;
    }

    /// <param name="chains">Shingle hash → positions in b, ascending.</param>
    private void Tile(DerivationProfile a, DerivationProfile b, ReadOnlySpan<ulong> shinglesA, HashChains chains,
        PassageMatch match, List<SharedPassage> passages, bool[] coveredA, bool[] coveredB)
    {
        var wa = a.WordHashes;
        var wb = b.WordHashes;
        int i = 0;
        while (i < shinglesA.Length)
        {
            int bestJ = -1, bestLength = 0;
            int j = chains.First(shinglesA[i]);
            for (int tried = 0; j >= 0 && tried < MaxSeedCandidates; tried++, j = chains.Next(j))
            {
                int length = 0;
                while (i + length < wa.Length && j + length < wb.Length && wa[i + length] == wb[j + length]) length++;
                if (length > bestLength) { bestLength = length; bestJ = j; }
            }
            if (bestLength >= MinWords)
            {
                int quotedWords = 0;
                for (int k = 0; k < bestLength; k++)
                {
                    coveredA[i + k] = true;   // a's words are covered once: the scan resumes after the run
                    if (a.Quoted[i + k]) quotedWords++;
                    if (!coveredB[bestJ + k])
                    {
                        coveredB[bestJ + k] = true;
                        match.CoveredWordsB++;
                        if (b.Quoted[bestJ + k]) match.CoveredQuotedB++;
                    }
                }
                match.CoveredWordsA += bestLength;
                match.CoveredQuotedA += quotedWords;
                passages.Add(new SharedPassage(a.SpanOfWords(i, bestLength), b.SpanOfWords(bestJ, bestLength), bestLength,
                    quotedWords * 2 > bestLength));
                i += bestLength;
            }
            else i++;
        }
    }
}

/// <summary>The passages found, and which words of each article they cover (pooled arrays: <see cref="Release"/>
/// gives them back once the comparison is done).</summary>
internal sealed class PassageMatch(List<SharedPassage> passages, bool[] coveredA, int wordsA, bool[] coveredB, int wordsB)
{
    public List<SharedPassage> Passages { get; } = passages;
    public ReadOnlySpan<bool> CoveredA => coveredA.AsSpan(0, wordsA);
    public ReadOnlySpan<bool> CoveredB => coveredB.AsSpan(0, wordsB);

    /// <summary>Words of each article in a shared passage, and how many of those stand inside quotation marks
    /// (counted as the passages are found, so containment costs nothing more to measure).</summary>
    public int CoveredWordsA { get; set; }
    public int CoveredWordsB { get; set; }
    public int CoveredQuotedA { get; set; }
    public int CoveredQuotedB { get; set; }

    public void Release()
    {
        ArrayPool<bool>.Shared.Return(coveredA);
        ArrayPool<bool>.Shared.Return(coveredB);
    }
}
