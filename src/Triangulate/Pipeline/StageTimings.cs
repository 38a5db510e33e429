using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Triangulate.Pipeline;

/// <summary>
/// Time spent in each named stage, summed over articles (and threads) — what `analyze --timings` prints, so
/// that a user can see where a slow run goes without a profiler. Recording costs two timestamp reads a stage.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, Total> totals = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    private sealed class Total
    {
        public long Ticks;
        public long Calls;
    }

    public void Add(string stage, long startTimestamp)
    {
        long elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        var box = totals.GetOrAdd(stage, name => { order.Enqueue(name); return new Total(); });
        Interlocked.Add(ref box.Ticks, elapsed);
        Interlocked.Increment(ref box.Calls);
    }

    /// <summary>Stages in the order they first ran, with total milliseconds and calls.</summary>
    public IEnumerable<(string Stage, double Milliseconds, long Calls)> Entries =>
        order.Distinct().Select(name => (name, totals[name].Ticks * 1000.0 / Stopwatch.Frequency, totals[name].Calls));

    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine("stage              total ms   calls   µs/call");
        foreach (var (stage, ms, calls) in Entries)
            sb.AppendLine($"{stage,-16} {ms,10:0.0} {calls,7} {ms * 1000 / Math.Max(1, calls),9:0}");
        return sb.ToString();
    }
}
