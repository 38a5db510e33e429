namespace Triangulate.Eval;

/// <summary>
/// One page's comparison under the article-extraction rule: shingle counts (true positives, false positives,
/// false negatives), the shingle totals of both texts, and whether the token sequences are identical.
/// </summary>
public sealed record ExtractionPageScore(int Tp, int Fp, int Fn, int TruthShingles, int PredictedShingles, bool Exact)
{
    /// <summary>tp / (tp + fp); null when the prediction has no shingle (such a page is left out of precision).</summary>
    public double? Precision => PredictedShingles == 0 ? null : Fp == 0 && Fn == 0 ? 1 : (double)Tp / (Tp + Fp);

    /// <summary>tp / (tp + fn); null when the truth has no shingle.</summary>
    public double? Recall => TruthShingles == 0 ? null : Fp == 0 && Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    /// <summary>This page's own F1 (for listing the worst pages; the set's F1 is not a mean of these).</summary>
    public double F1
    {
        get
        {
            double p = Precision ?? 0, r = Recall ?? 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
