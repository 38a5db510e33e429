using System.Collections.Immutable;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// How alike two sentences are: the probability that they say the same thing, the word alignment that explains
/// it (token indexes into each input), the conflicts found (numbers, negation, antonyms) and the content words
/// of each side left unmatched (what one says and the other does not).
/// </summary>
public sealed record SimilarityResult
{
    /// <summary>Calibrated probability (0..1) that the two say the same thing.</summary>
    public required double Probability { get; init; }

    /// <summary>Whether <see cref="Probability"/> reaches the model's decision threshold.</summary>
    public required bool SameMeaning { get; init; }

    public required ImmutableArray<WordMatch> Alignment { get; init; }
    public required ImmutableArray<WordConflict> Conflicts { get; init; }

    /// <summary>Content words and numbers of the first input with no partner in the second (token indexes).</summary>
    public required ImmutableArray<int> UnmatchedA { get; init; }
    public required ImmutableArray<int> UnmatchedB { get; init; }

    /// <summary>The feature values the model read (names in <see cref="SentenceSimilarity.FeatureNames"/>).</summary>
    public required ImmutableArray<double> Features { get; init; }
}
