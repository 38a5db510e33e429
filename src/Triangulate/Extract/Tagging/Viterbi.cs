namespace Triangulate.Extract.Tagging;

/// <summary>
/// Best label sequence under a first-order model: per-token label scores plus label-to-label transition
/// scores. The transition table has L+1 rows (row 0 is "from the sentence start", row p+1 "from label p")
/// followed by one row of scores for ending the sentence in each label; a disallowed move is -∞.
/// </summary>
/// <remarks>The hot methods here and in the feature extractors are marked AggressiveOptimization: a CLI run tags a
/// few articles and exits, and tier-0 JIT code would run most of that work several times slower.</remarks>
public static class Viterbi
{
    public static int TransitionTableSize(int labels) => (labels + 2) * labels;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> best)
    {
        int n = best.Length;
        if (n == 0) return;
        int L = labels;
        var score = new float[n * L];
        var back = new int[n * L];
        for (int y = 0; y < L; y++) score[y] = emissions[y] + transitions[y];
        for (int i = 1; i < n; i++)
        {
            int row = i * L, prevRow = row - L;
            for (int y = 0; y < L; y++)
            {
                float bestScore = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float s = score[prevRow + p] + transitions[(p + 1) * L + y];
                    if (s > bestScore) { bestScore = s; arg = p; }
                }
                score[row + y] = bestScore + emissions[row + y];
                back[row + y] = arg;
            }
        }
        int endRow = (L + 1) * L, last = (n - 1) * L;
        float top = float.NegativeInfinity;
        int label = 0;
        for (int y = 0; y < L; y++)
        {
            float s = score[last + y] + transitions[endRow + y];
            if (s > top) { top = s; label = y; }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            best[i] = label;
            label = back[i * L + label];
        }
    }

    /// <summary>
    /// Per-token marginal probability of each label, treating scores as log-potentials (a CRF's forward-backward
    /// over the perceptron's scores): a relative confidence, not a calibrated probability.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static float[] Marginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, int n)
    {
        int L = labels;
        var alpha = new double[n * L];
        var beta = new double[n * L];
        var logT = transitions;
        for (int y = 0; y < L; y++) alpha[y] = emissions[y] + logT[y];
        var tmp = new double[L];
        for (int i = 1; i < n; i++)
            for (int y = 0; y < L; y++)
            {
                for (int p = 0; p < L; p++) tmp[p] = alpha[(i - 1) * L + p] + logT[(p + 1) * L + y];
                alpha[i * L + y] = LogSumExp(tmp) + emissions[i * L + y];
            }
        int endRow = (L + 1) * L;
        for (int y = 0; y < L; y++) beta[(n - 1) * L + y] = logT[endRow + y];
        for (int i = n - 2; i >= 0; i--)
            for (int p = 0; p < L; p++)
            {
                for (int y = 0; y < L; y++) tmp[y] = logT[(p + 1) * L + y] + emissions[(i + 1) * L + y] + beta[(i + 1) * L + y];
                beta[i * L + p] = LogSumExp(tmp);
            }
        for (int y = 0; y < L; y++) tmp[y] = alpha[(n - 1) * L + y] + beta[(n - 1) * L + y];
        double z = LogSumExp(tmp);
        var result = new float[n * L];
        for (int k = 0; k < n * L; k++) result[k] = double.IsNegativeInfinity(alpha[k]) ? 0 : (float)Math.Exp(alpha[k] + beta[k] - z);
        return result;
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (var v in values) if (v > max) max = v;
        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (var v in values) sum += Math.Exp(v - max);
        return max + Math.Log(sum);
    }
}
