namespace Triangulate.Pipeline;

/// <summary>
/// How far a stream has got in publication time, for what a stream lets go of by age (silent stories closed, articles
/// out of the derivation window). It never moves back (back-filled old articles leave it), and it moves forward two
/// ways:
/// <list type="bullet">
/// <item>to an arriving article's time when that is at most <see cref="Lead"/> ahead of it: an in-order stream's clock is
/// its newest article, and one misdated article can move it by the lead at most (a day by default, less than the
/// 5-day gap that closes a story and the 48-hour derivation window, so it cannot close every open story or empty the
/// window at once);</item>
/// <item>to the median time of the last <see cref="Window"/> dated arrivals: a sparse stream, or one that really jumps
/// ahead (a feed back after an outage), moves the clock once most of its recent articles have moved, which a handful
/// of misdated ones cannot do.</item>
/// </list>
/// The clock starts at the fifth dated arrival, at the median of those (a misdated first article or two cannot set
/// it). Undated articles leave it unchanged. One writer.
/// </summary>
public sealed class StreamClock
{
    private const int Start = 5;
    private readonly long[] recent;   // UTC ticks of the last dated arrivals, a ring in arrival order
    private readonly long[] sorted;   // the same values in ascending order
    private readonly long lead;
    private int count, next;
    private long now = long.MinValue;

    /// <param name="window">Dated arrivals the median is taken over (odd, at least 5).</param>
    /// <param name="lead">How far ahead of the clock an article may be dated and still move it at once (default a day).</param>
    public StreamClock(int window = 31, TimeSpan? lead = null)
    {
        if (window < Start || window % 2 == 0) throw new ArgumentOutOfRangeException(nameof(window), window, "must be odd and at least 5");
        recent = new long[window];
        sorted = new long[window];
        Lead = lead ?? TimeSpan.FromDays(1);
        if (Lead < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lead), lead, "must not be negative");
        this.lead = Lead.Ticks;
    }

    public int Window => recent.Length;

    public TimeSpan Lead { get; }

    /// <summary>The stream's time, null before the fifth dated article.</summary>
    public DateTimeOffset? Now => now == long.MinValue ? null : new DateTimeOffset(now, TimeSpan.Zero);

    /// <summary>Takes an arriving article's publication time into account (null: undated, ignored).</summary>
    public void Observe(DateTimeOffset? published)
    {
        if (published is not { } time) return;
        long ticks = time.UtcTicks;
        if (count == recent.Length)
        {
            // Take the oldest arrival's value out of the sorted copy.
            int at = Array.BinarySearch(sorted, 0, count, recent[next]);
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
        if (count < Start) return;
        long median = sorted[(count - 1) / 2];
        if (now == long.MinValue)
        {
            // The first arrivals were not judged one by one: start at their median, then at the latest of them within
            // the lead of it.
            now = median;
            for (int k = count - 1; k >= 0; k--)
                if (sorted[k] - median <= lead) { now = sorted[k]; break; }
            return;
        }
        if (median > now) now = median;
        if (ticks > now && ticks - now <= lead) now = ticks;
    }
}
