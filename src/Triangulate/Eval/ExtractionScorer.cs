using System.Runtime.InteropServices;
using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Eval;

/// <summary>
/// The article-extraction benchmark's scoring rule (scrapinghub/article-extraction-benchmark, as stated in
/// the dataset's SOURCE.md): tokens are maximal runs of Unicode letters, digits and '_' (Python's <c>\w</c>,
/// not .NET's, which adds \p{Mn} and \p{Pc}); a text is the multiset of its 4-token shingles (1–3 tokens
/// make one short shingle, none make none); a page's precision and recall compare the two multisets.
/// </summary>
public static class ExtractionScorer
{
    public const int ShingleSize = 4;

    /// <summary>The benchmark's tokens, case kept.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        int start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            int width = char.IsSurrogatePair(text, i) ? 2 : 1;
            bool word = IsWordChar(text, i);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { tokens.Add(text[start..i]); start = -1; }
            i += width - 1;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    /// <summary>Python 3 <c>str</c> regex <c>\w</c>: Unicode categories L* and N*, or '_'.</summary>
    public static bool IsWordChar(string text, int index)
    {
        char c = text[index];
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        var category = char.IsSurrogatePair(text, index)
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[index], text[index + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>The multiset of shingles, each kept as a stable 64-bit hash of its tokens with its count.</summary>
    public static Dictionary<ulong, int> Shingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<ulong, int>();
        if (tokens.Count == 0) return counts;
        Span<ulong> hashes = tokens.Count <= 1024 ? stackalloc ulong[tokens.Count] : new ulong[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) hashes[i] = StableHash.Of(tokens[i]);
        int width = Math.Min(ShingleSize, tokens.Count);
        for (int start = 0; start + width <= tokens.Count; start++)
        {
            // The width is folded in so that a short text's one shingle never equals a 4-token one.
            ulong h = (ulong)width;
            for (int k = 0; k < width; k++) h = StableHash.Combine(h, hashes[start + k]);
            CollectionsMarshal.GetValueRefOrAddDefault(counts, h, out _)++;
        }
        return counts;
    }

    /// <summary>Scores one page: shingle counts, precision and recall, and whether the tokens match exactly.</summary>
    public static ExtractionPageScore Score(string? truth, string? prediction)
    {
        var truthTokens = Tokens(truth);
        var predictedTokens = Tokens(prediction);
        var t = Shingles(truthTokens);
        var p = Shingles(predictedTokens);
        int tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, nt) in t)
        {
            int np = p.GetValueOrDefault(shingle);
            tp += Math.Min(nt, np);
            fn += Math.Max(0, nt - np);
        }
        foreach (var (shingle, np) in p)
            fp += Math.Max(0, np - t.GetValueOrDefault(shingle));
        bool exact = truthTokens.Count == predictedTokens.Count && truthTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
        return new ExtractionPageScore(tp, fp, fn, TruthShingles: t.Values.Sum(), PredictedShingles: p.Values.Sum(), exact);
    }

    /// <summary>
    /// The set's figures: precision is the mean over pages whose prediction has a shingle, recall the mean over
    /// pages whose truth has one, F1 comes from those two means, accuracy is the share of exact pages.
    /// </summary>
    public static ExtractionFigures Aggregate(IReadOnlyList<ExtractionPageScore> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, exact = 0, empty = 0;
        foreach (var page in pages)
        {
            if (page.Precision is { } p) { precisionSum += p; precisionPages++; }
            else empty++;
            if (page.Recall is { } r) { recallSum += r; recallPages++; }
            if (page.Exact) exact++;
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.Count == 0 ? 0 : (double)exact / pages.Count;
        return new ExtractionFigures(pages.Count, f1, precision, recall, accuracy, empty);
    }

    /// <summary>
    /// Standard deviation (n − 1) of each figure over <paramref name="resamples"/> bootstrap resamples of the
    /// pages, drawn with a fixed seed so that a report is reproducible.
    /// </summary>
    public static ExtractionFigures BootstrapStd(IReadOnlyList<ExtractionPageScore> pages, int resamples = 1000, int seed = 12345)
    {
        if (pages.Count == 0 || resamples < 2) return new ExtractionFigures(pages.Count, 0, 0, 0, 0, 0);
        var random = new Random(seed);
        var sample = new ExtractionPageScore[pages.Count];
        var f1 = new double[resamples];
        var precision = new double[resamples];
        var recall = new double[resamples];
        var accuracy = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < sample.Length; i++) sample[i] = pages[random.Next(pages.Count)];
            var figures = Aggregate(sample);
            f1[r] = figures.F1;
            precision[r] = figures.Precision;
            recall[r] = figures.Recall;
            accuracy[r] = figures.Accuracy;
        }
        return new ExtractionFigures(pages.Count, Std(f1), Std(precision), Std(recall), Std(accuracy), 0);
    }

    private static double Std(double[] values)
    {
        double mean = values.Average();
        double sum = 0;
        foreach (double v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Length - 1));
    }
}
