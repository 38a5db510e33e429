using System.Buffers;
using System.Numerics;

namespace Triangulate.Cluster;

/// <summary>Order statistics without a full sort: the top-k cuts taken for every article and story re-index.</summary>
internal static class Selection
{
    /// <summary>The <paramref name="k"/>-th largest of <paramref name="values"/> (1 ≤ k ≤ length): quickselect on a pooled copy, linear on average.</summary>
    public static T KthLargest<T>(ReadOnlySpan<T> values, int k) where T : struct, INumber<T>
    {
        T[] rented = ArrayPool<T>.Shared.Rent(values.Length);
        try
        {
            var a = rented.AsSpan(0, values.Length);
            values.CopyTo(a);
            int target = values.Length - k, lo = 0, hi = a.Length - 1;
            while (lo < hi)
            {
                T pivot = a[(lo + hi) >>> 1];
                int i = lo, j = hi;
                while (i <= j)
                {
                    while (a[i] < pivot) i++;
                    while (a[j] > pivot) j--;
                    if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
                }
                if (target <= j) hi = j;
                else if (target >= i) lo = i;
                else break;
            }
            return a[target];
        }
        finally
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }
}
