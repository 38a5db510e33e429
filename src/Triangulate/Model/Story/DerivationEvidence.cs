using System.Collections.Immutable;

namespace Triangulate.Model.Story;

/// <summary>
/// What a derivation verdict rests on, all measured, none inferred: the shared passages (offsets in both
/// articles), how much of each article they cover (all words, and words outside quotation marks), the sentence
/// alignment (pairs with spans, the share of each article's sentences aligned, whether their order is kept), and
/// how alike the pairs are in meaning and on the surface.
/// </summary>
public sealed record DerivationEvidence
{
    public ImmutableArray<SharedPassage> Passages { get; init; } = [];

    public int WordsA { get; init; }
    public int WordsB { get; init; }

    /// <summary>Share of A's words found in passages shared with B (A contained in B), and the other way round.</summary>
    public double ContainmentA { get; init; }
    public double ContainmentB { get; init; }

    /// <summary>The same over words outside quotation marks: quoting one statement is not copying one article.</summary>
    public double NarrationContainmentA { get; init; }
    public double NarrationContainmentB { get; init; }

    public ImmutableArray<AlignedSentences> Aligned { get; init; } = [];

    /// <summary>Share of each article's sentences (those with content words) aligned to a sentence of the other.</summary>
    public double AlignedA { get; init; }
    public double AlignedB { get; init; }

    /// <summary>Share of aligned pairs in their relative order (longest increasing subsequence / pairs; 1 for fewer than two pairs).</summary>
    public double OrderKept { get; init; }

    /// <summary>Mean meaning similarity and mean surface overlap of the aligned pairs.</summary>
    public double MeanSimilarity { get; init; }
    public double MeanSurface { get; init; }

    /// <summary>MinHash estimate of the Jaccard similarity of the two articles' word shingles.</summary>
    public double ShingleJaccard { get; init; }

    /// <summary>The sentence similarity used (<see cref="ISentenceSimilarity.Name"/>).</summary>
    public string Similarity { get; init; } = "";
}
