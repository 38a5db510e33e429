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
    /// over the perceptron's scores): a relative confidence, not a calibrated probability. Runs in scaled
    /// probability space (each position renormalised) so the inner loops multiply and add; <paramref name="expTransitions"/>
    /// is <see cref="ExpTransitions"/> of the transition table, computed once per model.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static float[] Marginals(ReadOnlySpan<float> emissions, ReadOnlySpan<double> expTransitions, int labels, int n)
    {
        int L = labels;
        var e = new double[n * L];
        for (int i = 0; i < n; i++)
        {
            float max = float.NegativeInfinity;
            for (int y = 0; y < L; y++) max = Math.Max(max, emissions[i * L + y]);
            for (int y = 0; y < L; y++) e[i * L + y] = Math.Exp(emissions[i * L + y] - max);
        }
        var alpha = new double[n * L];
        var beta = new double[n * L];
        for (int y = 0; y < L; y++) alpha[y] = expTransitions[y] * e[y];
        Normalise(alpha.AsSpan(0, L));
        for (int i = 1; i < n; i++)
        {
            var row = alpha.AsSpan(i * L, L);
            var prev = alpha.AsSpan((i - 1) * L, L);
            for (int p = 0; p < L; p++)
            {
                double a = prev[p];
                if (a == 0) continue;
                var t = expTransitions.Slice((p + 1) * L, L);
                for (int y = 0; y < L; y++) row[y] += a * t[y];
            }
            for (int y = 0; y < L; y++) row[y] *= e[i * L + y];
            Normalise(row);
        }
        int endRow = (L + 1) * L;
        for (int y = 0; y < L; y++) beta[(n - 1) * L + y] = expTransitions[endRow + y];
        Normalise(beta.AsSpan((n - 1) * L, L));
        var next = new double[L];
        for (int i = n - 2; i >= 0; i--)
        {
            for (int y = 0; y < L; y++) next[y] = e[(i + 1) * L + y] * beta[(i + 1) * L + y];
            var row = beta.AsSpan(i * L, L);
            for (int p = 0; p < L; p++)
            {
                var t = expTransitions.Slice((p + 1) * L, L);
                double sum = 0;
                for (int y = 0; y < L; y++) sum += t[y] * next[y];
                row[p] = sum;
            }
            Normalise(row);
        }
        var result = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            double z = 0;
            for (int y = 0; y < L; y++) z += alpha[i * L + y] * beta[i * L + y];
            if (z <= 0) continue;
            for (int y = 0; y < L; y++) result[i * L + y] = (float)(alpha[i * L + y] * beta[i * L + y] / z);
        }
        return result;
    }

    /// <summary>exp of each transition score (0 where a move is disallowed), for <see cref="Marginals"/>.</summary>
    public static double[] ExpTransitions(ReadOnlySpan<float> transitions)
    {
        var result = new double[transitions.Length];
        // Averaged perceptron transition scores are small; the clamp only guards against overflow in a hand-made model.
        for (int i = 0; i < result.Length; i++) result[i] = float.IsNegativeInfinity(transitions[i]) ? 0 : Math.Exp(Math.Min(transitions[i], 700));
        return result;
    }

    private static void Normalise(Span<double> values)
    {
        double sum = 0;
        foreach (var v in values) sum += v;
        if (sum <= 0 || double.IsInfinity(sum)) return;
        for (int k = 0; k < values.Length; k++) values[k] /= sum;
    }
}
