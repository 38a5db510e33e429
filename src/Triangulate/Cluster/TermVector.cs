using System.Runtime.CompilerServices;
using Triangulate.Index;

namespace Triangulate.Cluster;

/// <summary>
/// A story's terms and their mass, as two parallel arrays sorted by term hash: 12 bytes a term, no per-entry
/// objects, and dot products as a merge of two sorted lists. Mass is stored without IDF (each article adds
/// its unit TF-IDF weight divided by the IDF of the moment) so the current IDF is applied when comparing:
/// a story founded when a word was rare is not stuck with that word's early weight.
/// </summary>
internal sealed class TermVector
{
    private ulong[] terms;
    private float[] mass;
    private float[] weights = [];   // mass × IDF as of the last refresh, aligned with terms
    private long weightsStamp = -1; // arrival count of the last refresh; -1 when the terms changed since

    public TermVector(int capacity)
    {
        terms = new ulong[capacity];
        mass = new float[capacity];
    }

    public int Count { get; private set; }

    /// <summary>Length of the TF-IDF vector as of the last refresh (<see cref="Weights"/>).</summary>
    public double Norm { get; private set; }

    /// <summary>
    /// The TF-IDF weights (mass × current IDF), recomputed with their norm when the terms changed or the stream has
    /// grown by more than a sixteenth since the last refresh: IDF is ln((N + prior + 1)/df), so while N grows by 6%
    /// every term's IDF moves by at most ln(1.0625) ≈ 0.06 beside its own df, and cosines barely move. One refresh
    /// serves pruning, re-indexing and the merge checks after an article joins; a story nobody touches costs nothing.
    /// </summary>
    public ReadOnlySpan<float> Weights(TermStatistics stats, long now)
    {
        if (weightsStamp < 0 || now - weightsStamp > Math.Max(256, weightsStamp / 16))
        {
            if (weights.Length < terms.Length) weights = new float[terms.Length];
            double sum = 0;
            for (int i = 0; i < Count; i++)
            {
                float w = (float)(mass[i] * stats.Idf(terms[i]));
                weights[i] = w;
                sum += (double)w * w;
            }
            Norm = Math.Sqrt(sum);
            weightsStamp = now;
        }
        return weights.AsSpan(0, Count);
    }
    public ReadOnlySpan<ulong> Terms => terms.AsSpan(0, Count);
    public ReadOnlySpan<float> Mass => mass.AsSpan(0, Count);
    public long AllocatedBytes => terms.Length * 12L + weights.Length * 4L + 3 * 24 + 40;

    /// <summary>Adds <paramref name="values"/> (for <paramref name="add"/>, sorted by hash) to the masses.</summary>
    public void Add(ReadOnlySpan<ulong> add, ReadOnlySpan<float> values)
    {
        int n = Count, m = add.Length;
        int union = n + m;
        for (int a = 0, b = 0; a < n && b < m;)
        {
            if (terms[a] < add[b]) a++;
            else if (terms[a] > add[b]) b++;
            else { union--; a++; b++; }
        }
        if (union > terms.Length)
        {
            int capacity = Math.Max(4, union + union / 4);
            Array.Resize(ref terms, capacity);
            Array.Resize(ref mass, capacity);
        }
        // Merge from the back, in place: the result's tail never overtakes the unread part of the old list.
        int i = n - 1, j = m - 1, k = union - 1;
        while (j >= 0)
        {
            if (i >= 0 && terms[i] > add[j]) { terms[k] = terms[i]; mass[k--] = mass[i--]; }
            else if (i >= 0 && terms[i] == add[j]) { terms[k] = terms[i]; mass[k--] = mass[i--] + values[j--]; }
            else { terms[k] = add[j]; mass[k--] = values[j--]; }
        }
        Count = union;
        weightsStamp = -1;
    }

    public void Add(TermVector other) => Add(other.Terms, other.Mass);

    /// <summary>Σ weight·mass over the terms both hold (<paramref name="query"/> sorted by hash).</summary>
    public double Dot(ReadOnlySpan<ulong> query, ReadOnlySpan<float> weights) =>
        SortedDot(terms.AsSpan(0, Count), mass.AsSpan(0, Count), query, weights);

    /// <summary>Σ weight·mass over the terms both hold, <paramref name="query"/>'s terms given as a lookup (the same
    /// sum, term for term and in the same hash order, as the sorted-list form, without its unpredictable branches).</summary>
    public double Dot(HashPositions query, ReadOnlySpan<float> weights)
    {
        var t = terms.AsSpan(0, Count);
        var w = mass.AsSpan(0, Count);
        double dot = 0;
        for (int i = 0; i < t.Length; i++)
        {
            int j = query.IndexOf(t[i]);
            if (j >= 0) dot += w[i] * weights[j];
        }
        return dot;
    }

    /// <summary>Σ wA·wB over shared terms: the dot product of the two TF-IDF vectors.</summary>
    public double Dot(TermVector other, TermStatistics stats, long now)
    {
        var w = Weights(stats, now);
        var v = other.Weights(stats, now);
        return SortedDot(Terms, w, other.Terms, v);
    }

    /// <summary>
    /// Σ x·y (the float product, summed in double, in hash order) over the terms both sorted lists hold. Which list
    /// steps next is a coin toss the branch predictor loses about every other step, so both indices advance by
    /// comparison results instead of by branches (the walk was several times slower with them).
    /// </summary>
    private static double SortedDot(ReadOnlySpan<ulong> t, ReadOnlySpan<float> x, ReadOnlySpan<ulong> u, ReadOnlySpan<float> y)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < t.Length && j < u.Length)
        {
            ulong a = t[i], b = u[j];
            if (a == b) dot += x[i] * y[j];
            i += Unsafe.BitCast<bool, byte>(a <= b);
            j += Unsafe.BitCast<bool, byte>(a >= b);
        }
        return dot;
    }

    /// <summary>The <paramref name="k"/> heaviest terms (TF-IDF weight), sorted by hash, into <paramref name="into"/>.</summary>
    public int Top(int k, TermStatistics stats, long now, Span<ulong> into)
    {
        int n = Count;
        if (n <= k)
        {
            Terms.CopyTo(into);
            return n;
        }
        var w = Weights(stats, now);
        float cut = Selection.KthLargest(w, k);
        // Ties at the cut: take them in hash order until k are taken.
        int above = 0;
        for (int i = 0; i < n; i++) if (w[i] > cut) above++;
        int tiesAllowed = k - above, taken = 0;
        for (int i = 0; i < n && taken < k; i++)
            if (w[i] > cut || (w[i] == cut && tiesAllowed-- > 0)) into[taken++] = terms[i];
        return taken;
    }

    /// <summary>Keeps only the <paramref name="k"/> heaviest terms: a story's long tail of words seen once says
    /// little about what it is and would grow without bound.</summary>
    public void Prune(int k, TermStatistics stats, long now)
    {
        if (Count <= k) return;
        var w = Weights(stats, now);
        float cut = Selection.KthLargest(w, k);
        int above = 0;
        for (int i = 0; i < Count; i++) if (w[i] > cut) above++;
        int tiesAllowed = k - above, j = 0;
        double sum = 0;
        for (int i = 0; i < Count; i++)
        {
            float x = weights[i];
            if (!(x > cut || (x == cut && tiesAllowed-- > 0))) continue;
            terms[j] = terms[i];
            mass[j] = mass[i];
            weights[j++] = x;
            sum += (double)x * x;
        }
        Count = j;
        Norm = Math.Sqrt(sum); // the kept weights stay as fresh as they were
    }
}
