using Triangulate.Pipeline;

namespace Triangulate.Tests.Pipeline;

public sealed class StreamClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    private static StreamClock Feed(params double[] hours) => Feed(new StreamClock(), hours);

    private static StreamClock Feed(StreamClock clock, params double[] hours)
    {
        foreach (double h in hours) clock.Observe(Start.AddHours(h));
        return clock;
    }

    [Fact]
    public void An_in_order_stream_moves_the_clock_to_its_latest_article_from_the_fifth_on()
    {
        Assert.Null(Feed(0, 1, 2, 3).Now);
        Assert.Equal(Start.AddHours(4), Feed(0, 1, 2, 3, 4).Now);
        Assert.Equal(Start.AddHours(20), Feed(0, 1, 2, 3, 4, 5, 20).Now);
    }

    [Fact]
    public void Undated_articles_leave_the_clock_alone()
    {
        var clock = Feed(0, 1, 2, 3, 4);
        clock.Observe(null);
        Assert.Equal(Start.AddHours(4), clock.Now);
    }

    [Fact]
    public void Articles_misdated_decades_ahead_do_not_move_the_clock_even_when_they_come_first()
    {
        var clock = new StreamClock();
        clock.Observe(Start.AddYears(90));
        clock.Observe(Start.AddYears(90));
        Feed(clock, 0, 1, 2);
        Assert.Equal(Start.AddHours(2), clock.Now);
        clock.Observe(Start.AddYears(70));
        Assert.Equal(Start.AddHours(2), clock.Now);
        Feed(clock, 3);
        Assert.Equal(Start.AddHours(3), clock.Now);
    }

    [Fact]
    public void An_article_misdated_by_days_moves_the_clock_by_the_lead_at_most()
    {
        // Six days ahead is further than the 5-day gap that closes a story: it must not move the clock at all.
        var clock = Feed(0, 1, 2, 3, 4, 4 + 6 * 24);
        Assert.Equal(Start.AddHours(4), clock.Now);
        // Within the lead (a day) an article is taken at its word.
        Feed(clock, 4 + 20);
        Assert.Equal(Start.AddHours(24), clock.Now);
    }

    [Fact]
    public void A_real_jump_ahead_is_followed_once_most_recent_arrivals_have_moved_with_it()
    {
        var clock = Feed(new StreamClock(window: 5), 0, 1, 2, 3, 4);
        // The feed comes back after a fortnight: two articles are not believed, the third of five is.
        const double back = 14 * 24;
        Feed(clock, back, back + 1);
        Assert.Equal(Start.AddHours(4), clock.Now);
        Feed(clock, back + 2);
        Assert.Equal(Start.AddHours(back + 2), clock.Now);
    }

    [Fact]
    public void A_sparse_stream_keeps_the_clock_moving()
    {
        // One article every two days: each is further ahead than the lead, so the clock follows the median of the
        // last 31 (30 days behind), and does not stop.
        var clock = Feed(Enumerable.Range(0, 60).Select(i => i * 48.0).ToArray());
        Assert.Equal(Start.AddDays(2 * 59 - 30), clock.Now);
    }

    [Fact]
    public void Back_filled_old_articles_do_not_move_the_clock_back()
    {
        var clock = Feed(10, 11, 12, 13, 14);
        for (int i = 0; i < 40; i++) clock.Observe(Start);
        Assert.Equal(Start.AddHours(14), clock.Now);
    }

    [Fact]
    public void An_even_or_too_small_window_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamClock(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamClock(3));
    }
}
