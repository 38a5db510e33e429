namespace Triangulate.Compare;

/// <summary>Comparisons of word sequences (normalised word tokens) used to judge quote fidelity and passages.</summary>
public static class WordSequence
{
    /// <summary>Length of the longest common subsequence, and which positions of each side are in it.</summary>
    public static int Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b, bool[]? inA = null, bool[]? inB = null)
    {
        int n = a.Count, m = b.Count;
        if (n == 0 || m == 0) return 0;
        var table = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                table[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        if (inA is not null || inB is not null)
        {
            int i = 0, j = 0;
            while (i < n && j < m)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    if (inA is not null) inA[i] = true;
                    if (inB is not null) inB[j] = true;
                    i++;
                    j++;
                }
                else if (table[i + 1, j] >= table[i, j + 1]) i++;
                else j++;
            }
        }
        return table[0, 0];
    }

    /// <summary>Is <paramref name="part"/> a contiguous run inside <paramref name="whole"/>?</summary>
    public static bool ContainsRun(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0 || part.Count > whole.Count) return part.Count == 0;
        for (int start = 0; start + part.Count <= whole.Count; start++)
        {
            int k = 0;
            while (k < part.Count && string.Equals(whole[start + k], part[k], StringComparison.Ordinal)) k++;
            if (k == part.Count) return true;
        }
        return false;
    }
}
