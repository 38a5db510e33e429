using System.Buffers;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Aligns the sentences of two articles one to one: every pair sharing content lemmas is scored (an inverted index
/// over the second article's lemmas keeps this proportional to the pairs that share something), pairs at or above
/// the similarity's threshold are taken best first, each sentence at most once. Order is then judged by the longest
/// increasing subsequence of the aligned pairs: the share of pairs that keep their relative order.
/// </summary>
internal sealed class SentenceAligner(ISentenceSimilarity similarity)
{
    /// <summary>Sentences past this many in either article are not aligned: the shared-weight table is na × nb floats,
    /// and a hostile or broken input (a log file, a table split into thousands of "sentences") must not take gigabytes.</summary>
    public const int MaxSentences = 2000;

    public ISentenceSimilarity Similarity { get; } = similarity;

    /// <summary>Per-thread working lists: a stream aligns a few pairs per article, most of them found independent.</summary>
    [ThreadStatic] private static List<(int A, int B, double Score)>? pairScratch, chosenScratch;

    public SentenceAlignment Align(DerivationProfile a, DerivationProfile b, PassageMatch passages, PreparedSide side)
    {
        int na = Math.Min(a.SentenceCount, MaxSentences), nb = Math.Min(b.SentenceCount, MaxSentences);
        var pairs = pairScratch ??= [];
        var chosen = chosenScratch ??= [];
        pairs.Clear();
        chosen.Clear();
        if (na > 0 && nb > 0)
        {
            // Inverted index over b's lemmas (term position → its sentence; built once per article, PreparedSide), then
            // a dense na × nb table of shared weight: articles have tens of sentences, so the table is small and the
            // scan is branch-light.
            var chains = side.TermChains;
            var sentenceOfTerm = side.SentenceOfTerm;
            float[] shared = ArrayPool<float>.Shared.Rent(na * nb);
            try
            {
                Array.Clear(shared, 0, na * nb);
                for (int sa = 0; sa < na; sa++)
                {
                    var terms = a.TermsOf(sa);
                    var weights = a.WeightsOf(sa);
                    int row = sa * nb;
                    for (int k = 0; k < terms.Length; k++)
                        // The lemma's weight is the same in both articles (one table), so Dice's numerator is 2w.
                        for (int t = chains.First(terms[k]); t >= 0; t = chains.Next(t))
                            if (sentenceOfTerm[t] >= 0) shared[row + sentenceOfTerm[t]] += weights[k];
                }
                for (int sa = 0; sa < na; sa++)
                {
                    int row = sa * nb;
                    for (int sb = 0; sb < nb; sb++)
                    {
                        float w = shared[row + sb];
                        if (w == 0) continue;
                        double dice = 2 * w / (a.SentenceWeight[sa] + b.SentenceWeight[sb]);
                        if (dice < Similarity.Prefilter) continue;
                        double score = Similarity.Score(new SentencePair(a, sa, b, sb, dice));
                        if (score >= Similarity.AlignThreshold) pairs.Add((sa, sb, score));
                    }
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(shared);
            }
        }

        // Best first, one to one; ties go to the pair nearer the diagonal (order-keeping reading).
        pairs.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score)
            : Math.Abs(x.A * nb - x.B * na).CompareTo(Math.Abs(y.A * nb - y.B * na)));
        Span<bool> used = na + nb <= 512 ? stackalloc bool[na + nb] : new bool[na + nb];
        used.Clear();
        var usedA = used[..na];
        var usedB = used[na..];
        foreach (var p in pairs)
        {
            if (usedA[p.A] || usedB[p.B]) continue;
            usedA[p.A] = usedB[p.B] = true;
            chosen.Add(p);
        }
        chosen.Sort(static (x, y) => x.A.CompareTo(y.A));

        var aligned = new List<AlignedSentences>(chosen.Count);
        foreach (var (sa, sb, score) in chosen)
            aligned.Add(new AlignedSentences(sa, sb, a.SentenceSpans[sa], b.SentenceSpans[sb], Math.Round(score, 4),
                Math.Round(Surface(a, sa, passages.CoveredA, b, sb, passages.CoveredB), 4)));

        int inOrder = LongestIncreasing(chosen);
        return new SentenceAlignment(aligned, inOrder, Countable(a), Countable(b));
    }

    /// <summary>
    /// At most how many sentence pairs <see cref="Align"/> can return for <paramref name="a"/> and <paramref name="b"/>,
    /// found without building the pair table. A sentence of a can be aligned only if the weight of its lemmas that b
    /// holds reaches <see cref="ISentenceSimilarity.AlignsFrom"/> / 2 of its own weight: a pair's shared weight (summed
    /// over a's lemmas, as Align sums it) is at most that, lemmas being distinct within a sentence, and
    /// Dice = 2·shared / (weight a + weight b) with weight b positive. Pairs are one to one, so there are no more of them
    /// than such sentences, nor than b's sentences with content. a's lemmas are tested against a filter of b's
    /// (<see cref="LemmaFilter"/>: a false positive only loosens the bound), one multiply-add per lemma and no branch,
    /// where an alignment probes a hash table per lemma and fills and scans a table of sentence pairs; about a quarter
    /// of the pairs a stream compares (independent same-story reports) fail it, and the detector skips their alignment.
    /// </summary>
    public int MaxPairs(DerivationProfile a, DerivationProfile b, PreparedSide side)
    {
        int na = Math.Min(a.SentenceCount, MaxSentences), nb = Math.Min(b.SentenceCount, MaxSentences);
        int withContent = 0;
        for (int sb = 0; sb < nb; sb++) if (b.SentenceWeight[sb] > 0) withContent++;
        double half = Similarity.AlignsFrom / 2 * (1 - 1e-5);   // the margin covers the float rounding of Align's Dice
        var filter = side.TermFilter;
        var terms = a.Terms;
        var weights = a.TermWeights;
        var starts = a.SentenceTermStart;
        int possible = 0;
        for (int sa = 0; sa < na && possible < withContent; sa++)
        {
            // Summed in the order Align sums a pair's shared weight, over a superset of its lemmas: never less.
            float present = 0;
            for (int k = starts[sa]; k < starts[sa + 1]; k++) present += weights[k] * filter.MayContain(terms[k]);
            if (present > 0 && present >= half * a.SentenceWeight[sa]) possible++;
        }
        return possible;
    }

    /// <summary>Sentences with at least one content lemma: a dateline or a lone "Advertisement" cannot align and should not count.</summary>
    internal static int Countable(DerivationProfile p)
    {
        int n = 0;
        for (int s = 0; s < p.SentenceCount; s++) if (p.SentenceWeight[s] > 0) n++;
        return n;
    }

    private static double Surface(DerivationProfile a, int sa, ReadOnlySpan<bool> coveredA, DerivationProfile b, int sb, ReadOnlySpan<bool> coveredB)
    {
        int words = 0, covered = 0;
        for (int w = a.SentenceWordStart[sa]; w < a.SentenceWordStart[sa + 1]; w++) { words++; if (coveredA[w]) covered++; }
        for (int w = b.SentenceWordStart[sb]; w < b.SentenceWordStart[sb + 1]; w++) { words++; if (coveredB[w]) covered++; }
        return words == 0 ? 0 : (double)covered / words;
    }

    /// <summary>Length of the longest strictly increasing subsequence of the B indices (pairs sorted by A): O(n log n).</summary>
    private static int LongestIncreasing(List<(int A, int B, double Score)> pairs)
    {
        var tails = new List<int>(pairs.Count);
        foreach (var p in pairs)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < p.B) lo = mid + 1; else hi = mid;
            }
            if (lo == tails.Count) tails.Add(p.B); else tails[lo] = p.B;
        }
        return tails.Count;
    }
}

/// <summary>The aligned pairs (by sentence of A), how many keep their order, and how many sentences each side could align.</summary>
internal sealed record SentenceAlignment(List<AlignedSentences> Pairs, int InOrder, int AlignableA, int AlignableB);
