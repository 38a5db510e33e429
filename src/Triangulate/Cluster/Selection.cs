using System.Buffers;
using System.Numerics;

namespace Triangulate.Cluster;

/// <summary>Order statistics without a full sort: the top-k cuts taken for every article and story re-index.</summary>
internal static class Selection
{
    /// <summary>Largest k for which the heap is used: it lives on the stack.</summary>
    private const int HeapLimit = 64;

    /// <summary>The <paramref name="k"/>-th largest of <paramref name="values"/> (1 ≤ k ≤ length), linear on average.</summary>
    public static T KthLargest<T>(ReadOnlySpan<T> values, int k) where T : unmanaged, INumber<T>
    {
        // Most cuts keep a few dozen of a few hundred (query terms, candidates, index terms): there a min-heap of the
        // k largest so far does less work than quickselect, as most values lose one comparison with its least and
        // are done, with no copy and no pass whose branches the predictor cannot guess. Both give the same value.
        if (k <= HeapLimit && k * 4 <= values.Length) return KthLargestByHeap(values, k);
        return KthLargestBySelect(values, k);
    }

    private static T KthLargestByHeap<T>(ReadOnlySpan<T> values, int k) where T : unmanaged, INumber<T>
    {
        Span<T> heap = stackalloc T[k];
        values[..k].CopyTo(heap);
        for (int i = k / 2 - 1; i >= 0; i--) SiftDown(heap, i);
        for (int i = k; i < values.Length; i++)
        {
            if (values[i] <= heap[0]) continue;
            heap[0] = values[i];
            SiftDown(heap, 0);
        }
        return heap[0];
    }

    /// <summary>Restores the min-heap order below <paramref name="i"/>.</summary>
    private static void SiftDown<T>(Span<T> heap, int i) where T : unmanaged, INumber<T>
    {
        T x = heap[i];
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= heap.Length) break;
            if (child + 1 < heap.Length && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= x) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    /// <summary>Quickselect on a pooled copy.</summary>
    private static T KthLargestBySelect<T>(ReadOnlySpan<T> values, int k) where T : unmanaged, INumber<T>
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
