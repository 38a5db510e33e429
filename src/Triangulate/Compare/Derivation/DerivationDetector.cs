using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Index;
using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// Decides which articles copy or rewrite which. <see cref="Compare(Doc, Doc)"/> judges one pair: shared passages
/// (maximal word runs, offsets in both), containment each way, sentence alignment with a pluggable
/// <see cref="ISentenceSimilarity"/>, order, then kind and direction. <see cref="Detect"/> does a set of articles
/// (a story) through <see cref="DerivationIndex"/>: LSH candidates, then the detailed comparison, never all pairs.
/// Stateless and thread-safe; needs the Tokens and Sentences layers.
/// </summary>
public sealed class DerivationDetector
{
    private readonly ProfileBuilder profiles;
    private readonly PassageMatcher passages;
    private readonly SentenceAligner aligner;

    public DerivationDetector(DerivationOptions? options = null, ISentenceSimilarity? similarity = null, TermTable? terms = null)
    {
        Options = options ?? DerivationOptions.Default;
        if (Options.MinPassageWords < Options.ShingleSize)
            throw new ArgumentException($"MinPassageWords ({Options.MinPassageWords}) must be at least ShingleSize ({Options.ShingleSize}): passages are found from shingle seeds");
        Similarity = similarity ?? new LemmaOverlapSimilarity();
        Terms = terms ?? TermTable.Shared;
        profiles = new ProfileBuilder(Terms, new MinHasher(Options.CopySignatureSize), new MinHasher(Options.TopicSignatureSize), Options.ShingleSize,
            keepDocs: Similarity.ReadsDocuments);
        passages = new PassageMatcher(Options.MinPassageWords);
        aligner = new SentenceAligner(Similarity);
    }

    public DerivationOptions Options { get; }
    public ISentenceSimilarity Similarity { get; }
    public TermTable Terms { get; }

    /// <summary>The per-article signature, computed once per article and reused for every comparison.</summary>
    public DerivationProfile Profile(Doc doc) => profiles.Build(doc);

    /// <summary>A profile on recycled arrays, for a stream index that gives them back when it releases the article.</summary>
    internal DerivationProfile Profile(Doc doc, ProfileArrays arrays) => profiles.Build(doc, arrays);

    public DerivationEdge Compare(Doc a, Doc b) => Compare(Profile(a), Profile(b));

    public DerivationEdge Compare(DerivationProfile a, DerivationProfile b) => Compare(a, b, keepIndependent: true)!;

    /// <summary>The edge when the pair is derived, null when it is independent: the same verdict as
    /// <see cref="Compare(DerivationProfile, DerivationProfile)"/>, without building the evidence and explanation of
    /// the nine compared pairs in ten that a stream drops as independent.</summary>
    internal DerivationEdge? CompareIfDerived(DerivationProfile a, DerivationProfile b) => Compare(a, b, keepIndependent: false);

    private DerivationEdge? Compare(DerivationProfile a, DerivationProfile b, bool keepIndependent)
    {
        var side = PreparedSide.For(b);
        var match = passages.Match(a, b, side);
        try
        {
            if (!keepIndependent && !CouldBeDerived(a, b, match, side)) return null;
            var alignment = aligner.Align(a, b, match, side);
            var measures = Measure(a, b, match, alignment);
            var kind = Classify(measures, Options);
            if (kind == DerivationKind.Independent && !keepIndependent) return null;
            var evidence = Evidence(a, b, match, alignment, measures);
            var (source, derived, basis, why) = Direction(a, b, kind, evidence);
            return new DerivationEdge
            {
                A = a.Id,
                B = b.Id,
                Kind = kind,
                Source = source,
                Derived = derived,
                DirectionBasis = basis,
                Evidence = evidence,
                Explanation = Explain(a, b, kind, evidence, source, derived, why),
            };
        }
        finally
        {
            match.Release();
        }
    }

    /// <summary>All derivation edges among <paramref name="docs"/> (candidates from LSH), and the independent sources they leave.</summary>
    public DerivationReport Detect(IReadOnlyList<Doc> docs)
    {
        var index = CreateIndex();
        var edges = new List<DerivationEdge>();
        foreach (var doc in docs) edges.AddRange(index.Add(doc));
        return DerivationReport.Build(docs, edges);
    }

    /// <summary>An index for a stream: each article added is compared with the earlier ones it is a candidate of.</summary>
    public DerivationIndex CreateIndex() => new(this);

    /// <summary>What the verdict is taken from, rounded as the evidence reports it (so the verdict on a pair and
    /// on its reported evidence agree).</summary>
    private readonly record struct Measures(int WordsA, int WordsB, double ContainmentA, double ContainmentB,
        double NarrationContainmentA, double NarrationContainmentB, int AlignedPairs, double AlignedA, double AlignedB, double OrderKept)
    {
        public static Measures Of(DerivationEvidence e) => new(e.WordsA, e.WordsB, e.ContainmentA, e.ContainmentB,
            e.NarrationContainmentA, e.NarrationContainmentB, e.Aligned.Length, e.AlignedA, e.AlignedB, e.OrderKept);
    }

    private static Measures Measure(DerivationProfile a, DerivationProfile b, PassageMatch match, SentenceAlignment alignment) =>
        Measure(a, b, match, alignment.Pairs.Count, alignment.InOrder, alignment.AlignableA, alignment.AlignableB);

    private static Measures Measure(DerivationProfile a, DerivationProfile b, PassageMatch match, int pairs, int inOrder, int alignableA, int alignableB) =>
        new(a.WordCount, b.WordCount,
            Round(Share(a, match.CoveredWordsA, match.CoveredQuotedA, narrationOnly: false)),
            Round(Share(b, match.CoveredWordsB, match.CoveredQuotedB, narrationOnly: false)),
            Round(Share(a, match.CoveredWordsA, match.CoveredQuotedA, narrationOnly: true)),
            Round(Share(b, match.CoveredWordsB, match.CoveredQuotedB, narrationOnly: true)),
            pairs,
            Round(alignableA == 0 ? 0 : (double)pairs / alignableA),
            Round(alignableB == 0 ? 0 : (double)pairs / alignableB),
            Round(pairs < 2 ? 1 : (double)inOrder / pairs));

    /// <summary>
    /// Whether the pair can be judged anything but independent, decided before the sentences are aligned: it can if the
    /// shared passages already make it a copy, or if it would be a rewrite with as many aligned pairs as
    /// <see cref="SentenceAligner.MaxPairs"/> allows, all in order. The same verdict function, on measures that can
    /// only be better than the real ones, so a pair this rules out is one the full comparison finds independent.
    /// </summary>
    private bool CouldBeDerived(DerivationProfile a, DerivationProfile b, PassageMatch match, PreparedSide side)
    {
        int most = aligner.MaxPairs(a, b, side);
        return Classify(Measure(a, b, match, most, most, SentenceAligner.Countable(a), SentenceAligner.Countable(b)), Options) != DerivationKind.Independent;
    }

    private DerivationEvidence Evidence(DerivationProfile a, DerivationProfile b, PassageMatch match, SentenceAlignment alignment, Measures m)
    {
        var pairs = alignment.Pairs;
        double meanSimilarity = 0, meanSurface = 0;
        foreach (var p in pairs) { meanSimilarity += p.Similarity; meanSurface += p.Surface; }
        if (pairs.Count > 0) { meanSimilarity /= pairs.Count; meanSurface /= pairs.Count; }
        return new DerivationEvidence
        {
            Passages = [.. match.Passages],
            WordsA = m.WordsA,
            WordsB = m.WordsB,
            ContainmentA = m.ContainmentA,
            ContainmentB = m.ContainmentB,
            NarrationContainmentA = m.NarrationContainmentA,
            NarrationContainmentB = m.NarrationContainmentB,
            Aligned = [.. pairs],
            AlignedA = m.AlignedA,
            AlignedB = m.AlignedB,
            OrderKept = m.OrderKept,
            MeanSimilarity = Round(meanSimilarity),
            MeanSurface = Round(meanSurface),
            ShingleJaccard = Round(MinHasher.Similarity(a.CopySignature, b.CopySignature)),
            Similarity = Similarity.Name,
        };
    }

    /// <summary>Share of covered words; over narration only when asked and when the narration is long enough to judge
    /// (an article that is mostly one long quotation is judged on all its words).</summary>
    private static double Share(DerivationProfile p, int covered, int coveredQuoted, bool narrationOnly)
    {
        int narration = p.WordCount - p.QuotedWords;
        if (narrationOnly && narration >= 20) return (double)(covered - coveredQuoted) / narration;
        return p.WordCount == 0 ? 0 : (double)covered / p.WordCount;
    }

    private static double Uncovered(int words, double containment) => Math.Round(words * (1 - containment));

    /// <summary>The kind the evidence shows under this detector's thresholds.</summary>
    public DerivationKind Classify(DerivationEvidence e) => Classify(e, Options);

    /// <summary>The kind the evidence shows under <paramref name="o"/>'s thresholds (calibration re-classifies without re-comparing).</summary>
    public static DerivationKind Classify(DerivationEvidence e, DerivationOptions o) => Classify(Measures.Of(e), o);

    private static DerivationKind Classify(in Measures e, DerivationOptions o)
    {
        if (Math.Min(e.ContainmentA, e.ContainmentB) >= o.VerbatimContainment
            || (Uncovered(e.WordsA, e.ContainmentA) <= o.VerbatimSlackWords && Uncovered(e.WordsB, e.ContainmentB) <= o.VerbatimSlackWords && e.WordsA > o.VerbatimSlackWords * 4))
            return DerivationKind.Verbatim;
        if (Math.Max(e.NarrationContainmentA, e.NarrationContainmentB) >= o.NearCopyContainment) return DerivationKind.NearCopy;
        if (e.AlignedPairs >= o.ParaphraseMinPairs && Math.Max(e.AlignedA, e.AlignedB) >= o.ParaphraseAligned && e.OrderKept >= o.ParaphraseOrder)
            return DerivationKind.Paraphrase;
        return DerivationKind.Independent;
    }

    /// <summary>Weighted Dice overlap of the two texts' content lemmas (the default sentence similarity, applied to whole texts).</summary>
    public double LemmaOverlap(Doc a, Doc b)
    {
        var pa = Profile(a);
        var pb = Profile(b);
        var wa = new Dictionary<ulong, float>();
        for (int i = 0; i < pa.Terms.Length; i++) wa[pa.Terms[i]] = pa.TermWeights[i];
        var wb = new Dictionary<ulong, float>();
        for (int i = 0; i < pb.Terms.Length; i++) wb[pb.Terms[i]] = pb.TermWeights[i];
        double shared = 0, total = 0;
        foreach (var (t, w) in wa) { total += w; if (wb.ContainsKey(t)) shared += w; }
        foreach (var (_, w) in wb) total += w;
        return total == 0 ? 0 : 2 * shared / total;
    }

    private (string? Source, string? Derived, DirectionBasis Basis, string Why) Direction(DerivationProfile a, DerivationProfile b, DerivationKind kind, DerivationEvidence e)
    {
        if (kind == DerivationKind.Independent) return (null, null, DirectionBasis.None, "");
        if (a.Published is { } ta && b.Published is { } tb)
        {
            // Dates without a time of day only order articles on different days.
            bool comparable = a.PublishedHasTime && b.PublishedHasTime ? ta != tb : ta.Date != tb.Date;
            if (comparable)
            {
                var gap = (ta - tb).Duration();
                string when = gap.TotalDays >= 1 ? $"{gap.TotalDays:0.#} days" : gap.TotalHours >= 1 ? $"{gap.TotalHours:0.#} hours" : $"{Math.Max(1, gap.TotalMinutes):0} minutes";
                return ta < tb ? (a.Id, b.Id, DirectionBasis.PublicationTime, $"published {when} earlier".Replace(".0 ", " "))
                               : (b.Id, a.Id, DirectionBasis.PublicationTime, $"published {when} earlier");
            }
        }
        if (kind is DerivationKind.NearCopy or DerivationKind.Verbatim)
        {
            double diff = e.NarrationContainmentA - e.NarrationContainmentB;
            if (diff >= Options.DirectionMargin) return (b.Id, a.Id, DirectionBasis.Containment, $"{a.Id} is contained in {b.Id} far more than the reverse, as a trimmed copy is");
            if (-diff >= Options.DirectionMargin) return (a.Id, b.Id, DirectionBasis.Containment, $"{b.Id} is contained in {a.Id} far more than the reverse, as a trimmed copy is");
            return (null, null, DirectionBasis.None, "");
        }
        float wa = Sum(a.SentenceWeight), wb = Sum(b.SentenceWeight);
        if (wa >= wb * Options.DetailRatio) return (a.Id, b.Id, DirectionBasis.Detail, $"heuristic: {a.Id} carries more content than {b.Id}, and rewrites tend to condense");
        if (wb >= wa * Options.DetailRatio) return (b.Id, a.Id, DirectionBasis.Detail, $"heuristic: {b.Id} carries more content than {a.Id}, and rewrites tend to condense");
        return (null, null, DirectionBasis.None, "");
    }

    private static float Sum(ReadOnlySpan<float> values)
    {
        float s = 0;
        foreach (float v in values) s += v;
        return s;
    }

    private static string Explain(DerivationProfile a, DerivationProfile b, DerivationKind kind, DerivationEvidence e, string? source, string? derived, string why)
    {
        string Pct(double x) => (x * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        int passages = e.Passages.Length;
        string text = kind switch
        {
            DerivationKind.Verbatim => $"same text: {Pct(e.ContainmentA)} of {a.Id} and {Pct(e.ContainmentB)} of {b.Id} lie in {passages} shared passage(s)",
            DerivationKind.NearCopy => $"near copy: {Pct(e.NarrationContainmentA)} of {a.Id}'s narration and {Pct(e.NarrationContainmentB)} of {b.Id}'s appear word for word in the other ({passages} passage(s), longest {Longest(e)} words)",
            DerivationKind.Paraphrase => $"paraphrase rewrite: {e.Aligned.Length} sentence pairs align in meaning ({Pct(e.AlignedA)} of {a.Id}, {Pct(e.AlignedB)} of {b.Id}), {Pct(e.OrderKept)} in the same order, with only {Pct(e.MeanSurface)} of their words in shared passages",
            _ => $"independent: {passages} shared passage(s) ({Pct(Math.Max(e.NarrationContainmentA, e.NarrationContainmentB))} of the narration at most), {e.Aligned.Length} sentence pair(s) alike in meaning, {Pct(e.OrderKept)} in order",
        };
        if (kind == DerivationKind.Independent) return text;
        return source is null ? text + "; direction unknown" : $"{text}; {source} is the likely source of {derived} ({why})";
    }

    private static int Longest(DerivationEvidence e)
    {
        int max = 0;
        foreach (var p in e.Passages) max = Math.Max(max, p.Words);
        return max;
    }

    private static double Round(double x) => Math.Round(x, 4);
}
