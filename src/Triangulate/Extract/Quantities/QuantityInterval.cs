using Triangulate.Model;

namespace Triangulate.Extract.Quantities;

/// <summary>
/// The values a quantity allows once its hedge is read: "at least 127" → [127, ∞); "over 300" → (300, ∞);
/// "up to 40" → [0, 40]; "about 300" → [250, 350]; "nearly 300" → [270, 300); "dozens" → [24, 99]; a range
/// "10 to 12" → [10, 12]. What conflict checks overlap.
/// </summary>
public readonly record struct QuantityInterval(double Low, double High, bool LowOpen = false, bool HighOpen = false)
{
    public static QuantityInterval Of(Quantity q)
    {
        double low = q.Value, high = q.UpperValue ?? q.Value;
        return q.Hedge switch
        {
            Hedge.AtLeast => new(low, double.PositiveInfinity),
            Hedge.Over => new(low, double.PositiveInfinity, LowOpen: true),
            Hedge.AtMost => new(Math.Min(0, low), high),
            Hedge.Under => new(Math.Min(0, low), high, HighOpen: true),
            Hedge.About => new(low - Tolerance(low, q.Kind, rounding: true), high + Tolerance(high, q.Kind, rounding: true)),
            Hedge.Nearly => new(high - Tolerance(high, q.Kind, rounding: false), high, HighOpen: true),
            _ => new(low, high),
        };
    }

    /// <summary>
    /// How far an approximate figure may stray: a tenth of it, or half a unit of its last significant digit
    /// when that is wider ("about 300" is 250–350: a writer rounding 340 says "about 300", not "about 350"),
    /// and at least one for counts ("about five" allows six).
    /// </summary>
    private static double Tolerance(double value, QuantityKind kind, bool rounding)
    {
        double tolerance = Math.Abs(value) * 0.1;
        if (rounding && value != 0 && value == Math.Floor(value))
        {
            double unit = 1;
            double v = Math.Abs(value);
            while (v >= 10 && v % 10 == 0) { v /= 10; unit *= 10; }
            if (unit > 1) tolerance = Math.Max(tolerance, unit / 2);
        }
        if (kind is QuantityKind.Count) tolerance = Math.Max(tolerance, 1);
        return tolerance;
    }

    public QuantityInterval Scale(double factor) => this with { Low = Low * factor, High = High * factor };

    /// <summary>Do the two intervals share a value?</summary>
    public bool Overlaps(QuantityInterval other)
    {
        double low = Math.Max(Low, other.Low), high = Math.Min(High, other.High);
        if (low < high) return true;
        if (low > high) return false;
        // Touching ends: shared only if both ends are closed there.
        bool lowOpen = Low == low && LowOpen || other.Low == low && other.LowOpen;
        bool highOpen = High == high && HighOpen || other.High == high && other.HighOpen;
        return !lowOpen && !highOpen;
    }

    public bool IsPoint => Low == High && !LowOpen && !HighOpen;

    /// <summary>Every value of this interval is above every value of <paramref name="other"/>.</summary>
    public bool Above(QuantityInterval other) => !Overlaps(other) && Low >= other.High;

    public override string ToString() =>
        $"{(LowOpen ? '(' : '[')}{Low:0.###}, {(double.IsPositiveInfinity(High) ? "∞" : High.ToString("0.###"))}{(HighOpen || double.IsPositiveInfinity(High) ? ')' : ']')}";
}
