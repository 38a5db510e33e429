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
    public void An_in_order_stream_moves_the_clock_to_its_latest_article_from_the_third_on()
    {
        Assert.Null(Feed(0, 1).Now);
        Assert.Equal(Start.AddHours(2), Feed(0, 1, 2).Now);
        Assert.Equal(Start.AddHours(40), Feed(0, 1, 2, 3, 40).Now);
    }

    [Fact]
    public void Undated_articles_leave_the_clock_alone()
    {
        var clock = Feed(0, 1, 2);
        clock.Observe(null);
        Assert.Equal(Start.AddHours(2), clock.Now);
    }

    [Fact]
    public void An_article_misdated_years_ahead_does_not_move_the_clock_even_when_it_comes_first()
    {
        var clock = new StreamClock();
        clock.Observe(Start.AddYears(70));
        Feed(clock, 0, 1, 2, 3);
        Assert.Equal(Start.AddHours(3), clock.Now);
        clock.Observe(Start.AddYears(70));
        Assert.Equal(Start.AddHours(3), clock.Now);
        clock.Observe(Start.AddHours(4));
        Assert.Equal(Start.AddHours(4), clock.Now);
    }

    [Fact]
    public void A_real_jump_ahead_is_followed_once_the_recent_arrivals_have_moved_with_it()
    {
        var clock = Feed(new StreamClock(window: 5), 0, 1, 2, 3, 4);
        // The feed comes back after a fortnight: the first article alone is not believed, the third is.
        const double back = 14 * 24;
        Feed(clock, back, back + 1);
        Assert.Equal(Start.AddHours(4), clock.Now);
        Feed(clock, back + 2);
        Assert.Equal(Start.AddHours(back + 2), clock.Now);
    }

    [Fact]
    public void Back_filled_old_articles_do_not_move_the_clock_back()
    {
        var clock = Feed(10, 11, 12);
        for (int i = 0; i < 40; i++) clock.Observe(Start);
        Assert.Equal(Start.AddHours(12), clock.Now);
    }

    [Fact]
    public void An_even_or_too_small_window_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamClock(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamClock(1));
    }
}
