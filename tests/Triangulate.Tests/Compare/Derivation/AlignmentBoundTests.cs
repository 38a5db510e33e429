using Triangulate.Compare.Derivation;
using Triangulate.Model.Story;
using static Triangulate.Tests.Compare.Derivation.DerivationFixtures;

namespace Triangulate.Tests.Compare.Derivation;

/// <summary>
/// The stream skips aligning the sentences of a pair when <see cref="SentenceAligner.MaxPairs"/> shows it cannot be a
/// rewrite: the bound must never be below what the aligner finds, and the verdict must be the one the full comparison
/// gives, on every pair of the fictional harbour story and of variants built from it.
/// </summary>
public class AlignmentBoundTests
{
    private static readonly DerivationDetector Detector = new();

    /// <summary>The five tellings, plus the rewrite cut to its first half, the wire in reverse sentence order, one
    /// sentence alone, and a text of function words only (no content lemma).</summary>
    private static List<DerivationProfile> Profiles()
    {
        static string Lines(string text, Func<string[], IEnumerable<string>> pick) =>
            string.Join("\n", pick(text.Split('\n', StringSplitOptions.RemoveEmptyEntries))) + "\n";
        var texts = new (string Id, string Text)[]
        {
            ("wire", Wire), ("verbatim", Verbatim), ("trimmed", Trimmed), ("rewrite", Rewrite), ("independent", Independent),
            ("half-rewrite", Lines(Rewrite, l => l.Take(5))),
            ("reversed", Lines(Wire, l => l.Reverse())),
            ("one-sentence", Lines(Wire, l => l.Take(1))),
            ("no-content", "It was what it was, and so it is.\n"),
        };
        return [.. texts.Select(t => Detector.Profile(Make(t.Id, t.Text)))];
    }

    [Fact]
    public void The_bound_is_never_below_the_pairs_the_aligner_finds()
    {
        var aligner = new SentenceAligner(Detector.Similarity);
        var matcher = new PassageMatcher(Detector.Options.MinPassageWords);
        var profiles = Profiles();
        foreach (var a in profiles)
            foreach (var b in profiles)
            {
                var side = PreparedSide.For(b);
                var match = matcher.Match(a, b, side);
                int found = aligner.Align(a, b, match, side).Pairs.Count;
                match.Release();
                int bound = aligner.MaxPairs(a, b, side);
                Assert.True(bound >= found, $"{a.Id} → {b.Id}: bound {bound} below the {found} pairs aligned");
            }
    }

    [Fact]
    public void The_verdict_is_the_full_comparisons_whether_or_not_the_alignment_is_skipped()
    {
        var profiles = Profiles();
        int derived = 0;
        foreach (var a in profiles)
            foreach (var b in profiles)
            {
                if (ReferenceEquals(a, b)) continue;
                var full = Detector.Compare(a, b);
                var quick = Detector.CompareIfDerived(a, b);
                if (full.Kind == DerivationKind.Independent) Assert.Null(quick);
                else
                {
                    derived++;
                    Assert.NotNull(quick);
                    Assert.Equal(full.Kind, quick.Kind);
                    Assert.Equal(full.Explanation, quick.Explanation);
                }
            }
        Assert.True(derived >= 10, $"only {derived} derived pairs: the variants no longer cover copies and rewrites");
    }

    [Fact]
    public void Another_outlets_report_of_the_same_event_is_ruled_out_without_aligning()
    {
        // The independent report arrives after the wire (in a stream the arriving article is the second of the pair). It
        // shares the names, the vote, the cost and one quote with the wire, but too few of the wire's sentences have
        // enough of their vocabulary in it to align: the bound alone shows the pair is not a rewrite.
        var aligner = new SentenceAligner(Detector.Similarity);
        var wire = Detector.Profile(Make("wire", Wire));
        var independent = Detector.Profile(Make("independent", Independent));
        int bound = aligner.MaxPairs(wire, independent, PreparedSide.For(independent));
        Assert.True(bound < Needed(wire, independent), $"bound {bound}, a rewrite needs {Needed(wire, independent)}");
        // A rewrite arriving after the wire is not ruled out.
        var rewrite = Detector.Profile(Make("rewrite", Rewrite));
        Assert.True(aligner.MaxPairs(wire, rewrite, PreparedSide.For(rewrite)) >= Needed(wire, rewrite));
    }

    /// <summary>Aligned pairs a rewrite needs: the paraphrase share of the shorter article's sentences with content.</summary>
    private static int Needed(DerivationProfile a, DerivationProfile b) =>
        (int)Math.Ceiling(Detector.Options.ParaphraseAligned * Math.Min(SentenceAligner.Countable(a), SentenceAligner.Countable(b)));
}
