using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Aligns the words of two sentences one to one: every candidate pair gets its strongest kind of match (exact,
/// number, spelling, lemma, entity, then WordNet synonym, derivation, similarity, hypernymy, then a shared stem),
/// and pairs are taken greedily, strongest first, ties going to the pair whose positions in their sentences are
/// closest. Function words align only with the same function word. Antonyms and disagreeing numbers are kept
/// as conflicts.
/// </summary>
internal static class WordAligner
{
    public static (List<(int A, int B, MatchKind Kind)> Matches, List<WordConflict> Conflicts) Align(SentenceView a, SentenceView b)
    {
        var candidates = new List<(int A, int B, MatchKind Kind, double Order)>();
        var conflicts = new List<WordConflict>();
        var related = RelatedPairs(a, b);
        for (int i = 0; i < a.Length; i++)
        {
            ref readonly var x = ref a.Words[i];
            for (int j = 0; j < b.Length; j++)
            {
                ref readonly var y = ref b.Words[j];
                var kind = Match(x, y, related is not null && related[i * b.Length + j], out bool antonym);
                if (antonym) conflicts.Add(new WordConflict(ConflictKind.Antonym, x.Token, y.Token));
                if (kind is not { } k) continue;
                double distance = Math.Abs((i + 0.5) / a.Length - (j + 0.5) / b.Length);
                candidates.Add((i, j, k, k.Strength() - 0.01 * distance));
            }
        }
        candidates.Sort((p, q) => q.Order != p.Order ? q.Order.CompareTo(p.Order) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        var usedA = new bool[a.Length];
        var usedB = new bool[b.Length];
        var matches = new List<(int, int, MatchKind)>();
        foreach (var (i, j, kind, _) in candidates)
        {
            if (usedA[i] || usedB[j]) continue;
            usedA[i] = usedB[j] = true;
            matches.Add((i, j, kind));
        }
        matches.Sort((p, q) => p.Item1.CompareTo(q.Item1));
        return (matches, conflicts);
    }

    /// <summary>Word pairs whose WordNet reaches share a synset (the only ones a WordNet relation can hold for), found by
    /// merging the two sentences' sorted reach lists; null when WordNet is not in use.</summary>
    private static bool[]? RelatedPairs(SentenceView a, SentenceView b)
    {
        var ra = a.Reach;
        var rb = b.Reach;
        if (ra.Length == 0 || rb.Length == 0) return null;
        var related = new bool[a.Length * b.Length];
        int i = 0, j = 0;
        while (i < ra.Length && j < rb.Length)
        {
            int id = ra[i].Synset;
            if (id < rb[j].Synset) { i++; continue; }
            if (id > rb[j].Synset) { j++; continue; }
            int endA = i, endB = j;
            while (endA < ra.Length && ra[endA].Synset == id) endA++;
            while (endB < rb.Length && rb[endB].Synset == id) endB++;
            for (int p = i; p < endA; p++)
                for (int q = j; q < endB; q++) related[ra[p].Word * b.Length + rb[q].Word] = true;
            i = endA;
            j = endB;
        }
        return related;
    }

    private static MatchKind? Match(in WordInfo x, in WordInfo y, bool mayBeRelated, out bool antonym)
    {
        antonym = false;
        bool xNumber = x.Is(WordFlags.Number), yNumber = y.Is(WordFlags.Number);
        if (xNumber || yNumber)
        {
            if (xNumber && yNumber && SameNumber(x.Value, y.Value)) return MatchKind.Number;
            return x.Norm == y.Norm ? MatchKind.Exact : null;
        }
        if (x.Is(WordFlags.Stop) || y.Is(WordFlags.Stop))
            return x.Norm == y.Norm ? MatchKind.Exact : x.Lemma == y.Lemma && x.Is(WordFlags.Stop) && y.Is(WordFlags.Stop) ? MatchKind.Lemma : null;
        if (x.Norm == y.Norm) return MatchKind.Exact;
        if (x.Entity != 0 && x.Entity == y.Entity) return MatchKind.Entity;
        if (SameSpelling(x, y)) return MatchKind.Spelling;
        foreach (var c in x.Candidates)
            if (Array.IndexOf(y.Candidates, c) >= 0) return MatchKind.Lemma;
        if (mayBeRelated && x.Related is { } rx && y.Related is { } ry)
        {
            var best = WordRelation.None;
            foreach (var nx in rx)
                foreach (var ny in ry)
                {
                    var r = WordRelations.Relate(nx, ny);
                    if (r != WordRelation.None && (best == WordRelation.None || r < best)) best = r;
                }
            switch (best)
            {
                case WordRelation.Synonym: return MatchKind.Synonym;
                case WordRelation.Derived: return MatchKind.Derived;
                case WordRelation.Similar: return MatchKind.Similar;
                case WordRelation.Hypernym: return MatchKind.Hypernym;
                case WordRelation.Antonym: antonym = true; return null;
            }
        }
        if (SharedStem(x.Lemma, y.Lemma)) return MatchKind.Stem;
        return null;
    }

    private static bool SameNumber(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return false;
        if (a == b) return true;
        double scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale > 0 && Math.Abs(a - b) / scale < 1e-9;
    }

    /// <summary>Diacritics, dots and hyphens aside, or (for names) one or two letters of transliteration apart.</summary>
    private static bool SameSpelling(in WordInfo x, in WordInfo y)
    {
        string fx = Squash(x.Norm), fy = Squash(y.Norm);
        if (fx == fy && fx.Length > 1) return true;
        if (!x.Is(WordFlags.Proper) || !y.Is(WordFlags.Proper)) return false;
        int shorter = Math.Min(fx.Length, fy.Length);
        if (shorter < 5) return false;
        int limit = shorter >= 8 ? 2 : 1;
        return Math.Abs(fx.Length - fy.Length) <= limit && EditDistance(fx, fy, limit) <= limit;
    }

    private static string Squash(string norm)
    {
        if (norm.AsSpan().IndexOfAny('.', '-', '\'') < 0 && !HasNonAscii(norm)) return norm;
        var folded = Lexicon.Fold(norm);
        return folded.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
    }

    private static bool HasNonAscii(string s)
    {
        foreach (char c in s) if (c > 127) return true;
        return false;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }

    /// <summary>A common prefix of at least six letters covering most of the shorter word ("negotiations" / "negotiators").</summary>
    private static bool SharedStem(string a, string b)
    {
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 6) return false;
        int common = a.AsSpan().CommonPrefixLength(b);
        return common >= 6 && common >= shorter * 0.75;
    }
}
