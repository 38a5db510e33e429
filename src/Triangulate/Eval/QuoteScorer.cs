using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// Scores predicted quotes against PolNeAR gold quotes (<see cref="QuoteGold"/>), by the rule stated in
/// docs/BENCHMARKS.md:
/// <list type="bullet">
/// <item>A prediction finds a gold quote when their contents overlap by at least half of the longer of the
/// two, in characters (a discontinuous content counts its parts only). Pairs are matched one to one, best
/// overlap first.</item>
/// <item>The speaker of a found quote is right when one of the prediction's speaker spans overlaps the gold
/// source span, or when it names the same entity: the last word of the predicted speaker's name is the last
/// word of the gold source (a name: "Marco Rubio" for "Secretary of State Marco Rubio"). A gold quote with no
/// source is right only when the prediction has no speaker either.</item>
/// </list>
/// </summary>
public static class QuoteScorer
{
    public const double MinOverlap = 0.5;

    public sealed record Match(QuoteGold Gold, PredictedQuote Predicted, bool SpeakerRight);

    public sealed record ArticleScore(string Id, string Text, ImmutableArray<Match> Matches, ImmutableArray<QuoteGold> Missed, ImmutableArray<PredictedQuote> Spurious);

    public static ArticleScore Score(string id, string text, IReadOnlyList<QuoteGold> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        var pairs = new List<(double Ratio, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            var goldSpans = Normalise(gold[g].Content);
            int goldLength = Length(goldSpans);
            for (int p = 0; p < predicted.Count; p++)
            {
                var predSpans = Normalise(predicted[p].Content);
                int overlap = Intersection(goldSpans, predSpans);
                if (overlap == 0) continue;
                double ratio = overlap / (double)Math.Max(goldLength, Length(predSpans));
                if (ratio >= MinOverlap) pairs.Add((ratio, g, p));
            }
        }
        pairs.Sort((a, b) => b.Ratio != a.Ratio ? b.Ratio.CompareTo(a.Ratio) : a.G != b.G ? a.G.CompareTo(b.G) : a.P.CompareTo(b.P));
        var goldUsed = new bool[gold.Count];
        var predUsed = new bool[predicted.Count];
        var matches = ImmutableArray.CreateBuilder<Match>();
        foreach (var (_, g, p) in pairs)
        {
            if (goldUsed[g] || predUsed[p]) continue;
            goldUsed[g] = predUsed[p] = true;
            matches.Add(new Match(gold[g], predicted[p], SpeakerRight(text, gold[g], predicted[p])));
        }
        matches.Sort((a, b) => a.Gold.Content[0].Start.CompareTo(b.Gold.Content[0].Start));
        return new ArticleScore(id, text, matches.ToImmutable(),
            [.. gold.Where((_, i) => !goldUsed[i])], [.. predicted.Where((_, i) => !predUsed[i])]);
    }

    public static bool SpeakerRight(string text, QuoteGold gold, PredictedQuote predicted)
    {
        if (gold.Source.IsDefaultOrEmpty) return predicted.Speaker is null && predicted.SpeakerSpans.IsDefaultOrEmpty;
        foreach (var s in predicted.SpeakerSpans)
            foreach (var g in gold.Source)
                if (s.Overlaps(g)) return true;
        return predicted.Speaker is { } name && LastWord(name) is { } ours && LastWord(BratAttribution.TextOf(text, gold.Source)) is { } theirs
               && char.IsUpper(ours[0]) && string.Equals(ours, theirs, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The last word of a name, a parenthesis and a possessive left out ("Rep. Trey Gowdy (R-S.C.)" → "Gowdy").</summary>
    internal static string? LastWord(string name)
    {
        int paren = name.IndexOf('(');
        if (paren > 0) name = name[..paren];
        var words = name.Split([' ', '\n', '\t', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        string last = words[^1];
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal)) last = last[..^2];
        last = last.Trim('.', ';', ':', '"', '\u201D', '\u201C');
        return last.Length >= 2 ? last : null;
    }

    /// <summary>Sorted, merged spans: the set of characters they cover.</summary>
    internal static List<TextSpan> Normalise(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ToList();
        var merged = new List<TextSpan>(sorted.Count);
        foreach (var s in sorted)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = merged[^1].Union(s);
            else merged.Add(s);
        }
        return merged;
    }

    internal static int Length(List<TextSpan> spans)
    {
        int n = 0;
        foreach (var s in spans) n += s.Length;
        return n;
    }

    internal static int Intersection(List<TextSpan> a, List<TextSpan> b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Count && j < b.Count)
        {
            n += a[i].OverlapLength(b[j]);
            if (a[i].End < b[j].End) i++; else j++;
        }
        return n;
    }
}
