namespace Triangulate.Pipeline;

/// <summary>
/// How far a stream has got in publication time, for what a stream lets go of by age (silent stories closed, articles
/// out of the derivation window): the latest publication time seen that is not more than <see cref="Lead"/> after the
/// median of the last <see cref="Window"/> dated arrivals. A misdated article, even one dated years ahead, therefore
/// cannot carry the clock forward and close every open story or empty the derivation window at once; a stream that
/// really jumps ahead (a feed back after a long outage) moves the clock once its recent arrivals have moved with it.
/// The clock starts at the third dated arrival (one article alone cannot be judged) and never moves back, so
/// back-filled old articles leave it where it is. Undated articles leave it unchanged. One writer.
/// </summary>
public sealed class StreamClock
{
    private const int Minimum = 3;
    private readonly long[] recent;   // UTC ticks of the last dated arrivals, a ring in arrival order
    private readonly long[] sorted;   // the same values in ascending order
    private readonly long lead;
    private int count, next;
    private long now = long.MinValue;

    /// <param name="window">Dated arrivals the median is taken over (odd, at least 3).</param>
    /// <param name="lead">How far after that median an article may be dated and still move the clock (default a week).</param>
    public StreamClock(int window = 31, TimeSpan? lead = null)
    {
        if (window < Minimum || window % 2 == 0) throw new ArgumentOutOfRangeException(nameof(window), window, "must be odd and at least 3");
        recent = new long[window];
        sorted = new long[window];
        Lead = lead ?? TimeSpan.FromDays(7);
        if (Lead < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lead), lead, "must not be negative");
        this.lead = Lead.Ticks;
    }

    public int Window => recent.Length;

    public TimeSpan Lead { get; }

    /// <summary>The stream's time, null before the third dated article.</summary>
    public DateTimeOffset? Now => now == long.MinValue ? null : new DateTimeOffset(now, TimeSpan.Zero);

    /// <summary>Takes an arriving article's publication time into account (null: undated, ignored).</summary>
    public void Observe(DateTimeOffset? published)
    {
        if (published is not { } time) return;
        long ticks = time.UtcTicks;
        if (count == recent.Length)
        {
            // Replace the oldest arrival's value in the sorted copy by the new one, shifting what lies between.
            long old = recent[next];
            int at = Array.BinarySearch(sorted, 0, count, old);
            Array.Copy(sorted, at + 1, sorted, at, count - at - 1);
            count--;
        }
        int place = Array.BinarySearch(sorted, 0, count, ticks);
        if (place < 0) place = ~place;
        Array.Copy(sorted, place, sorted, place + 1, count - place);
        sorted[place] = ticks;
        count++;
        recent[next] = ticks;
        next = (next + 1) % recent.Length;
        if (count < Minimum) return;
        long median = sorted[(count - 1) / 2];
        if (now == long.MinValue)
        {
            // The arrivals before the third were not judged one by one: take the latest of them within the lead.
            for (int k = count - 1; k >= 0; k--)
                if (sorted[k] - median <= lead) { now = sorted[k]; break; }
            return;
        }
        if (ticks - median <= lead && ticks > now) now = ticks;
    }
}
