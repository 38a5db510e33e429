namespace Triangulate.Compare.Similarity;

/// <summary>
/// The features the paraphrase model reads from two aligned sentences. Every feature is symmetric (computed
/// both ways, then the smaller and the larger kept), so swapping the sentences never changes the score.
/// </summary>
internal static class PairFeatures
{
    public static readonly string[] Names =
    [
        "coverage_exact_min", "coverage_exact_max",
        "coverage_all_min", "coverage_all_max",
        "coverage_count_min", "coverage_count_max",
        "unmatched_weight_min", "unmatched_weight_max",
        "unmatched_count_min", "unmatched_count_max",
        "bigram_min", "bigram_max",
        "trigram_min", "trigram_max",
        "fourgram_min", "fourgram_max",
        "lcs_min", "lcs_max",
        "length_ratio", "content_length_difference",
        "number_mismatch", "unmatched_numbers", "numbers_all_matched",
        "unmatched_names_max", "unmatched_names_min",
        "negation_mismatch", "antonym",
        "order_discordance",
        "wordnet_match_share", "stem_match_share",
        "char_trigram_dice", "function_word_overlap", "log_content_length",
    ];

    public static int Count => Names.Length;

    public static double[] Compute(SentenceView a, SentenceView b, List<(int A, int B, MatchKind Kind)> matches, List<WordConflict> conflicts)
    {
        var f = new double[Names.Length];
        var matchOfA = new int[a.Length];
        var matchOfB = new int[b.Length];
        var kindOfA = new MatchKind[a.Length];
        var kindOfB = new MatchKind[b.Length];
        Array.Fill(matchOfA, -1);
        Array.Fill(matchOfB, -1);
        foreach (var (i, j, k) in matches) { matchOfA[i] = j; matchOfB[j] = i; kindOfA[i] = k; kindOfB[j] = k; }

        var sa = Side(a, matchOfA, kindOfA, EntitiesOf(b));
        var sb = Side(b, matchOfB, kindOfB, EntitiesOf(a));
        int n = 0;
        Pair(f, ref n, sa.CoverageExact, sb.CoverageExact);
        Pair(f, ref n, sa.CoverageAll, sb.CoverageAll);
        Pair(f, ref n, sa.CoverageCount, sb.CoverageCount);
        Pair(f, ref n, Math.Log(1 + sa.UnmatchedWeight), Math.Log(1 + sb.UnmatchedWeight));
        Pair(f, ref n, Math.Log(1 + sa.UnmatchedCount), Math.Log(1 + sb.UnmatchedCount));

        // Sequence features over a shared vocabulary: an aligned word of B takes the id of its partner in A,
        // so synonyms and inflections continue n-grams and common subsequences.
        var idsA = new ulong[a.Length];
        var idsB = new ulong[b.Length];
        for (int i = 0; i < a.Length; i++) idsA[i] = a.Words[i].Key;
        for (int j = 0; j < b.Length; j++) idsB[j] = matchOfB[j] >= 0 ? a.Words[matchOfB[j]].Key : b.Words[j].Key;
        for (int order = 2; order <= 4; order++)
        {
            var (pa, pb) = NgramOverlap(idsA, idsB, order);
            Pair(f, ref n, pa, pb);
        }
        int lcs = Lcs(idsA, idsB);
        Pair(f, ref n, a.Length == 0 ? 0 : (double)lcs / a.Length, b.Length == 0 ? 0 : (double)lcs / b.Length);

        f[n++] = Math.Max(a.Length, b.Length) == 0 ? 1 : (double)Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length);
        f[n++] = Math.Max(sa.ContentCount, sb.ContentCount) == 0 ? 0 : Math.Abs(sa.ContentCount - sb.ContentCount) / (double)Math.Max(sa.ContentCount, sb.ContentCount);

        bool bothHaveNumbers = sa.Numbers > 0 && sb.Numbers > 0;
        int unmatchedNumbers = sa.UnmatchedNumbers + sb.UnmatchedNumbers;
        f[n++] = bothHaveNumbers && unmatchedNumbers > 0 ? 1 : 0;
        f[n++] = Math.Log(1 + unmatchedNumbers);
        f[n++] = sa.Numbers + sb.Numbers > 0 && unmatchedNumbers == 0 ? 1 : 0;
        f[n++] = Math.Max(sa.UnmatchedNames, sb.UnmatchedNames);
        f[n++] = Math.Min(sa.UnmatchedNames, sb.UnmatchedNames);
        f[n++] = (sa.Negations % 2) != (sb.Negations % 2) ? 1 : 0;
        bool antonym = false;
        foreach (var c in conflicts) antonym |= c.Kind == ConflictKind.Antonym;
        f[n++] = antonym ? 1 : 0;
        f[n++] = Discordance(matches, a);
        double contentMean = Math.Max(1, (sa.ContentCount + sb.ContentCount) / 2.0);
        int wordNetMatches = 0, stemMatches = 0;
        foreach (var m in matches)
        {
            if (m.Kind is MatchKind.Synonym or MatchKind.Derived or MatchKind.Similar or MatchKind.Hypernym) wordNetMatches++;
            else if (m.Kind == MatchKind.Stem) stemMatches++;
        }
        f[n++] = wordNetMatches / contentMean;
        f[n++] = stemMatches / contentMean;
        f[n++] = CharTrigramDice(a, b);
        f[n++] = FunctionWordOverlap(a, b, matchOfA, matchOfB);
        f[n++] = Math.Log(1 + Math.Min(sa.ContentCount, sb.ContentCount));
        return f;
    }

    private static void Pair(double[] f, ref int n, double x, double y)
    {
        f[n++] = Math.Min(x, y);
        f[n++] = Math.Max(x, y);
    }

    private readonly record struct SideFigures(
        double CoverageExact, double CoverageAll, double CoverageCount, double UnmatchedWeight, int UnmatchedCount,
        int ContentCount, int Numbers, int UnmatchedNumbers, int UnmatchedNames, int Negations);

    /// <summary>Entity keys present in a sentence (usually none or a few).</summary>
    internal static ulong[] EntitiesOf(SentenceView s)
    {
        List<ulong>? keys = null;
        foreach (var w in s.Words) if (w.Entity != 0) (keys ??= []).Add(w.Entity);
        return keys is null ? [] : [.. keys];
    }

    /// <param name="otherEntities">Entities the other sentence mentions: a word of a name they share counts as matched even when
    /// one-to-one alignment left it without a partner ("Marco" of "Marco Rubio" against "Rubio").</param>
    private static SideFigures Side(SentenceView s, int[] matchOf, MatchKind[] kindOf, ulong[] otherEntities)
    {
        double total = 0, exact = 0, all = 0, unmatched = 0;
        int content = 0, matched = 0, numbers = 0, unmatchedNumbers = 0, unmatchedNames = 0, negations = 0;
        for (int i = 0; i < s.Length; i++)
        {
            ref readonly var w = ref s.Words[i];
            if (w.Is(WordFlags.Negation)) negations++;
            bool isNumber = w.Is(WordFlags.Number);
            if (!w.Is(WordFlags.Content) && !isNumber) continue;
            content++;
            total += w.Weight;
            if (isNumber) numbers++;
            bool sameEntity = matchOf[i] < 0 && w.Entity != 0 && Array.IndexOf(otherEntities, w.Entity) >= 0;
            if (matchOf[i] >= 0 || sameEntity)
            {
                matched++;
                var k = sameEntity ? MatchKind.Entity : kindOf[i];
                if (k is MatchKind.Exact or MatchKind.Number or MatchKind.Spelling or MatchKind.Lemma or MatchKind.Entity) exact += w.Weight;
                all += w.Weight * k.Strength();
            }
            else
            {
                unmatched += w.Weight;
                if (isNumber) unmatchedNumbers++;
                if (w.Is(WordFlags.Proper)) unmatchedNames++;
            }
        }
        return new SideFigures(total == 0 ? 1 : exact / total, total == 0 ? 1 : all / total, content == 0 ? 1 : (double)matched / content,
            unmatched, content - matched, content, numbers, unmatchedNumbers, unmatchedNames, negations);
    }

    /// <summary>Clipped n-gram precision of each side against the other (BLEU's modified precision).</summary>
    private static (double A, double B) NgramOverlap(ulong[] a, ulong[] b, int order)
    {
        if (a.Length < order || b.Length < order) return (a.Length < order && b.Length < order ? 1 : 0, a.Length < order && b.Length < order ? 1 : 0);
        var ha = Ngrams(a, order);
        var hb = Ngrams(b, order);
        // Sorted multisets: walking both counts each shared n-gram min(count in a, count in b) times.
        int i = 0, j = 0, common = 0;
        while (i < ha.Length && j < hb.Length)
        {
            if (ha[i] == hb[j]) { common++; i++; j++; }
            else if (ha[i] < hb[j]) i++;
            else j++;
        }
        return ((double)common / ha.Length, (double)common / hb.Length);
    }

    private static ulong[] Ngrams(ulong[] ids, int order)
    {
        var hashes = new ulong[ids.Length - order + 1];
        for (int i = 0; i < hashes.Length; i++)
        {
            ulong h = ids[i];
            for (int k = 1; k < order; k++) h = Text.StableHash.Combine(h, ids[i + k]);
            hashes[i] = h;
        }
        Array.Sort(hashes);
        return hashes;
    }

    private static int Lcs(ulong[] a, ulong[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Share of pairs of aligned content words whose order differs between the sentences (reordered clauses).</summary>
    private static double Discordance(List<(int A, int B, MatchKind Kind)> matches, SentenceView a)
    {
        int discordant = 0, pairs = 0;
        for (int p = 0; p < matches.Count; p++)
        {
            if (!IsContent(a.Words[matches[p].A])) continue;
            for (int q = p + 1; q < matches.Count; q++)
            {
                if (!IsContent(a.Words[matches[q].A])) continue;
                pairs++;
                if ((matches[p].A < matches[q].A) != (matches[p].B < matches[q].B)) discordant++;
            }
        }
        return pairs == 0 ? 0 : (double)discordant / pairs;
    }

    private static bool IsContent(in WordInfo w) => w.Is(WordFlags.Content) || w.Is(WordFlags.Number);

    private static double CharTrigramDice(SentenceView a, SentenceView b)
    {
        ulong[] ta = a.CharTrigrams, tb = b.CharTrigrams;
        if (ta.Length + tb.Length == 0) return 1;
        int i = 0, j = 0, common = 0;
        while (i < ta.Length && j < tb.Length)
        {
            if (ta[i] == tb[j]) { common++; i++; j++; }
            else if (ta[i] < tb[j]) i++;
            else j++;
        }
        return 2.0 * common / (ta.Length + tb.Length);
    }

    private static double FunctionWordOverlap(SentenceView a, SentenceView b, int[] matchOfA, int[] matchOfB)
    {
        int sa = 0, sb = 0, ma = 0, mb = 0;
        for (int i = 0; i < a.Length; i++) if (a.Words[i].Is(WordFlags.Stop)) { sa++; if (matchOfA[i] >= 0) ma++; }
        for (int j = 0; j < b.Length; j++) if (b.Words[j].Is(WordFlags.Stop)) { sb++; if (matchOfB[j] >= 0) mb++; }
        return Math.Min(sa == 0 ? 1 : (double)ma / sa, sb == 0 ? 1 : (double)mb / sb);
    }
}
