namespace Triangulate.Compare.Derivation;

/// <summary>
/// The lookup tables of the second article of a comparison: its shingles and where each occurs, where each of its
/// lemmas occurs and in which sentence. A stream compares an arriving article with each of its candidates in turn,
/// always as the second article, so the tables are built once per arrival rather than once per pair. One per thread
/// (<see cref="For"/>); rebuilt when a different profile comes.
/// </summary>
internal sealed class PreparedSide
{
    [ThreadStatic] private static PreparedSide? current;

    private ulong[] shingles = [];

    public DerivationProfile? Profile { get; private set; }
    public int ShingleCount { get; private set; }
    public ReadOnlySpan<ulong> Shingles => shingles.AsSpan(0, ShingleCount);
    public HashChains ShingleChains { get; } = new();
    public HashChains TermChains { get; } = new();
    /// <summary>Its lemmas as a filter, for the aligner's bound on the pairs a comparison can find.</summary>
    public LemmaFilter TermFilter { get; } = new();
    /// <summary>By lemma position in the profile: the sentence it is in, -1 past <see cref="SentenceAligner.MaxSentences"/>.</summary>
    public int[] SentenceOfTerm { get; private set; } = [];

    /// <summary>This thread's tables, built for <paramref name="profile"/> unless they already are. A profile's arrays
    /// do not change while it is compared (they are recycled only once its article is released), so the profile
    /// object identifies its tables.</summary>
    public static PreparedSide For(DerivationProfile profile)
    {
        var side = current ??= new PreparedSide();
        if (!ReferenceEquals(side.Profile, profile)) side.Build(profile);
        return side;
    }

    private void Build(DerivationProfile b)
    {
        Profile = null;   // set once the tables are whole: a build that throws must not leave them keyed to b
        ShingleCount = Index.Shingler.CountFor(b.WordCount, b.ShingleSize);
        if (shingles.Length < ShingleCount) shingles = new ulong[Math.Max(ShingleCount, shingles.Length * 2)];
        if (ShingleCount > 0) Index.Shingler.Shingle(b.WordHashes, shingles, b.ShingleSize);
        ShingleChains.Build(Shingles);
        TermChains.Build(b.Terms);
        TermFilter.Build(b.Terms);
        if (SentenceOfTerm.Length < b.Terms.Length) SentenceOfTerm = new int[Math.Max(b.Terms.Length, SentenceOfTerm.Length * 2)];
        for (int s = 0; s < b.SentenceCount; s++)
            for (int t = b.SentenceTermStart[s]; t < b.SentenceTermStart[s + 1]; t++) SentenceOfTerm[t] = s < SentenceAligner.MaxSentences ? s : -1;
        Profile = b;
    }
}
