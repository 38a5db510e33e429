namespace Triangulate.Compare.Similarity;

/// <summary>Token <see cref="A"/> of the first sentence aligned with token <see cref="B"/> of the second (indexes into the inputs' token spans).</summary>
public readonly record struct WordMatch(int A, int B, MatchKind Kind)
{
    public double Strength => Kind.Strength();
}

/// <summary>What two aligned sentences disagree on.</summary>
public enum ConflictKind : byte
{
    /// <summary>A number in one sentence with no equal number in the other while the other has numbers of its own.</summary>
    Number,
    /// <summary>One sentence is negated and the other is not.</summary>
    Negation,
    /// <summary>An antonym pair ("rose" / "fell").</summary>
    Antonym,
}

/// <summary>A disagreement: token <see cref="A"/> (or -1) of the first sentence against token <see cref="B"/> (or -1) of the second.</summary>
public readonly record struct WordConflict(ConflictKind Kind, int A, int B);
