namespace Triangulate.Compare.Derivation;

/// <summary>
/// How alike two sentences are in meaning, 0..1: the seam where a better model (e.g. one trained on MRPC) replaces
/// the lemma-overlap default. The aligner calls <see cref="Score"/> only for pairs that share content lemmas worth
/// at least <see cref="Prefilter"/> of their weight (so the cost stays proportional to plausible pairs), and treats
/// pairs scoring at least <see cref="AlignThreshold"/> as saying the same thing. Implementations must be thread-safe.
/// </summary>
public interface ISentenceSimilarity
{
    /// <summary>Short name for reports ("lemma-overlap").</summary>
    string Name { get; }

    /// <summary>Minimum weighted lemma overlap (Dice, 0..1) for a pair to be scored at all.</summary>
    double Prefilter { get; }

    /// <summary>Score at or above which two sentences are aligned (calibrated with the model, not by the aligner).</summary>
    double AlignThreshold { get; }

    /// <summary>The least weighted lemma overlap (Dice) at which a pair can score <see cref="AlignThreshold"/>: the
    /// <see cref="Prefilter"/> unless the score is known to need more (the aligner bounds the pairs it can find with it).</summary>
    double AlignsFrom => Prefilter;

    /// <param name="pair">The two sentences, with their weighted lemma overlap already computed.</param>
    double Score(in SentencePair pair);

    /// <summary>Does <see cref="Score"/> read the articles' Docs (<see cref="DerivationProfile.Doc"/>)? Profiles then
    /// keep a reference to theirs; otherwise they hold numbers only, which is what lets a stream keep many.</summary>
    bool ReadsDocuments => false;
}

/// <summary>Sentence <see cref="SentenceA"/> of <see cref="A"/> and <see cref="SentenceB"/> of <see cref="B"/>
/// (sentence indices of each article), with their weighted content-lemma Dice overlap.</summary>
public readonly record struct SentencePair(DerivationProfile A, int SentenceA, DerivationProfile B, int SentenceB, double LemmaOverlap);

/// <summary>
/// The default similarity: weighted Dice overlap of the two sentences' content lemmas, each lemma weighted by its
/// information content against spoken English (see <see cref="TermTable"/>). Blind to synonyms ("agreed" vs
/// "consented"), so it under-aligns heavy rewording; the threshold is calibrated on MRPC train pairs by
/// <c>triangulate eval derivation</c> (see docs/BENCHMARKS.md).
/// </summary>
public sealed class LemmaOverlapSimilarity(double alignThreshold = LemmaOverlapSimilarity.DefaultThreshold) : ISentenceSimilarity
{
    /// <summary>Calibrated on MRPC train (first 3,668 pairs): the overlap maximising accuracy; see docs/BENCHMARKS.md.</summary>
    public const double DefaultThreshold = 0.51;

    public string Name => "lemma-overlap";
    public double Prefilter => Math.Min(0.2, AlignThreshold);
    public double AlignThreshold { get; } = alignThreshold;
    /// <summary>The score is the overlap itself.</summary>
    public double AlignsFrom => Math.Max(Prefilter, AlignThreshold);
    public double Score(in SentencePair pair) => pair.LemmaOverlap;
}
