namespace Triangulate.Compare.Derivation;

/// <summary>
/// Thresholds and index shapes. The verdict thresholds (near copy 0.7, paraphrase 0.7 aligned with 2 pairs or more)
/// are the best macro-F1 point of the grid that <c>triangulate eval derivation --split train --calibrate</c> searches
/// on pairs constructed from PolNeAR train articles and MRPC's first 3,668 training pairs (docs/BENCHMARKS.md,
/// "## Derivation"); the reported figures come from the dev split, never used to choose them.
/// </summary>
public sealed record DerivationOptions
{
    public static DerivationOptions Default { get; } = new();

    public int ShingleSize { get; init; } = Index.Shingler.DefaultSize;

    /// <summary>Shortest shared run of words that counts as a passage (at least the shingle size).</summary>
    public int MinPassageWords { get; init; } = Index.Shingler.DefaultSize;

    /// <summary>Copy signature: bins, and LSH bands × rows. 42 × 3 makes pairs of shingle Jaccard 0.3 candidates
    /// with probability 0.68 and 0.5 with 0.996: a copy trimmed to half its source is found.</summary>
    public int CopySignatureSize { get; init; } = 128;
    public int CopyBands { get; init; } = 42;
    public int CopyRows { get; init; } = 3;

    /// <summary>Topic signature (content-lemma set) for rewrite candidates: bins, bands × rows. A rewrite keeps the
    /// names, numbers and rarer words of its source but few of its shingles, so its lemma-set Jaccard is modest
    /// (0.3–0.4 on our fixtures, against 0.2–0.3 for independent reports of the same event): 32 × 2 finds pairs at
    /// 0.3 with probability 0.95. That is too loose for a whole stream, so rewrite candidates are looked for only
    /// within a story (see <see cref="DerivationIndex"/>).</summary>
    public int TopicSignatureSize { get; init; } = 64;
    public int TopicBands { get; init; } = 32;
    public int TopicRows { get; init; } = 2;

    /// <summary>A rewrite candidate is compared in detail only if its estimated lemma-set Jaccard reaches this.</summary>
    public double TopicPrefilter { get; init; } = 0.2;

    /// <summary>
    /// At most this many rewrite candidates (those with the highest estimated lemma-set Jaccard) are compared in detail
    /// per article; 0 compares all that pass <see cref="TopicPrefilter"/>. In a big story every report shares much of
    /// its vocabulary with every other, so without a cap the comparisons grow with the story; a rewrite keeps its
    /// source's names, numbers and rarer words and so ranks near the top. Copy candidates (shingle LSH) are never capped.
    /// 0 by default (evaluation compares all); <c>analyze</c> caps it at 6 and the stream at 4 (<see cref="Stream"/>).
    /// </summary>
    public int MaxRewriteCandidates { get; init; }

    /// <summary>
    /// In a stream, an article is held for comparison while it is this recent: released once an article published
    /// more than this later arrives, even if its story is still open. Null (the default: a story's analysis compares
    /// all its articles) holds articles until their story closes. Syndicated copies and rewrites follow their source
    /// within a news cycle or two; what a window costs is the copies published later than that, which are then
    /// reported as independent. Memory held is about the window times the stream's rate (docs/BENCHMARKS.md).
    /// </summary>
    public TimeSpan? Window { get; init; }

    /// <summary>The settings for a continuous stream (<c>cluster</c>, the stream benchmark): rewrite candidates capped
    /// at 4 per article, so the cost of an article does not grow with the size of its story, and articles held for
    /// two days (<see cref="Window"/>), so memory does not grow with the life of a story.</summary>
    public static DerivationOptions Stream { get; } = new() { MaxRewriteCandidates = 4, Window = TimeSpan.FromHours(48) };

    /// <summary>Both articles contained in each other at least this much: the same text.</summary>
    public double VerbatimContainment { get; init; } = 0.97;

    /// <summary>...or each has at most this many words outside shared passages: a credit line or a "Reporting by …; editing
    /// by …" trailer left in the body does not make a short republished article a mere near copy.</summary>
    public int VerbatimSlackWords { get; init; } = 12;

    /// <summary>One article's narration (words outside quotes) contained in the other at least this much: a copy.</summary>
    public double NearCopyContainment { get; init; } = 0.7;

    /// <summary>Rewrite: at least this share of one article's sentences aligned to the other...</summary>
    public double ParaphraseAligned { get; init; } = 0.7;

    /// <summary>...at least this many pairs...</summary>
    public int ParaphraseMinPairs { get; init; } = 2;

    /// <summary>...with at least this share of them in order. Set by the definition of a rewrite ("the same facts in
    /// the same order"), not calibrated: every constructed pair keeps its order, so the data cannot choose it.</summary>
    public double ParaphraseOrder { get; init; } = 0.8;

    /// <summary>Containment must differ by this much before it gives a direction.</summary>
    public double DirectionMargin { get; init; } = 0.1;

    /// <summary>Content weight must differ by this factor before "more detail" gives a rewrite's direction.</summary>
    public double DetailRatio { get; init; } = 1.25;
}
