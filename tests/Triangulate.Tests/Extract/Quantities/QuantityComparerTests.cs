using Triangulate.Extract.Quantities;
using Triangulate.Model;
using static Triangulate.Tests.Extract.Quantities.QuantityFixture;

namespace Triangulate.Tests.Extract.Quantities;

public class QuantityComparerTests
{
    private static Quantity Count(double value, Hedge hedge = Hedge.None, string? counted = "person", string? ev = "kill", double? upper = null, bool vague = false) =>
        new() { Span = new TextSpan(0, 1), Text = "x", Value = value, UpperValue = upper, Hedge = hedge, Kind = QuantityKind.Count, Counted = counted, Event = ev, Vague = vague };

    private static Quantity Of(QuantityKind kind, double value, string? unit, Hedge hedge = Hedge.None) =>
        new() { Span = new TextSpan(0, 1), Text = "x", Value = value, Hedge = hedge, Kind = kind, Unit = unit };

    private static readonly DateTimeOffset Morning = new(2025, 6, 18, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Evening = new(2025, 6, 18, 19, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_lower_bound_does_not_contradict_a_higher_figure()
    {
        var r = QuantityComparer.Compare(Count(127, Hedge.AtLeast), Count(130));
        Assert.Equal(QuantityRelation.Compatible, r.Relation);
        Assert.Contains("at least 127", r.Reason);
    }

    [Fact]
    public void Two_exact_figures_that_differ_conflict_when_times_are_unknown()
    {
        var r = QuantityComparer.Compare(Count(127), Count(130));
        Assert.Equal(QuantityRelation.Conflict, r.Relation);
        Assert.Contains("127", r.Reason);
        Assert.Contains("130", r.Reason);
    }

    [Fact]
    public void A_higher_toll_reported_later_is_an_update_whichever_comes_first_in_the_call()
    {
        Assert.Equal(QuantityRelation.Update, QuantityComparer.Compare(Count(127), Morning, Count(130), Evening).Relation);
        var reversed = QuantityComparer.Compare(Count(130), Evening, Count(127), Morning);
        Assert.Equal(QuantityRelation.Update, reversed.Relation);
        Assert.Contains("11.5 hours", reversed.Reason);
    }

    [Fact]
    public void A_lower_toll_reported_later_is_still_a_conflict()
    {
        var r = QuantityComparer.Compare(Count(130), Morning, Count(127), Evening);
        Assert.Equal(QuantityRelation.Conflict, r.Relation);
        Assert.Contains("lowers", r.Reason);
    }

    [Fact]
    public void The_same_figure_and_hedge_agree()
    {
        Assert.Equal(QuantityRelation.Agree, QuantityComparer.Compare(Count(3, Hedge.AtLeast), Count(3, Hedge.AtLeast)).Relation);
        Assert.Equal(QuantityRelation.Agree, QuantityComparer.Compare(Count(3), Morning, Count(3), Evening).Relation);
    }

    [Theory]
    [InlineData(300, Hedge.Over, 300, Hedge.None, QuantityRelation.Conflict)]       // "over 300" excludes 300
    [InlineData(300, Hedge.Over, 312, Hedge.None, QuantityRelation.Compatible)]
    [InlineData(300, Hedge.About, 340, Hedge.None, QuantityRelation.Compatible)]    // about 300: 250–350
    [InlineData(300, Hedge.About, 360, Hedge.None, QuantityRelation.Conflict)]
    [InlineData(320, Hedge.About, 345, Hedge.None, QuantityRelation.Compatible)]    // about 320: ±32
    [InlineData(320, Hedge.About, 360, Hedge.None, QuantityRelation.Conflict)]
    [InlineData(300, Hedge.Nearly, 290, Hedge.None, QuantityRelation.Compatible)]
    [InlineData(300, Hedge.Nearly, 300, Hedge.None, QuantityRelation.Conflict)]     // "nearly 300" is short of it
    [InlineData(300, Hedge.Nearly, 310, Hedge.None, QuantityRelation.Conflict)]
    [InlineData(50, Hedge.AtMost, 40, Hedge.None, QuantityRelation.Compatible)]
    [InlineData(50, Hedge.AtMost, 50, Hedge.None, QuantityRelation.Compatible)]
    [InlineData(50, Hedge.Under, 50, Hedge.None, QuantityRelation.Conflict)]
    [InlineData(50, Hedge.AtMost, 60, Hedge.AtLeast, QuantityRelation.Conflict)]
    [InlineData(50, Hedge.AtMost, 50, Hedge.AtLeast, QuantityRelation.Compatible)]  // both allow exactly 50
    [InlineData(17, Hedge.AtLeast, 20, Hedge.Over, QuantityRelation.Compatible)]
    [InlineData(5, Hedge.About, 6, Hedge.None, QuantityRelation.Compatible)]         // small counts: about five allows six
    public void Hedges_decide_which_values_each_report_allows(double a, Hedge ha, double b, Hedge hb, QuantityRelation expected)
    {
        Assert.Equal(expected, QuantityComparer.Compare(Count(a, ha), Count(b, hb)).Relation);
        Assert.Equal(expected, QuantityComparer.Compare(Count(b, hb), Count(a, ha)).Relation);
    }

    [Fact]
    public void Ranges_and_vague_quantities_are_intervals()
    {
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Count(10, upper: 12), Count(11)).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Count(10, upper: 12), Count(14)).Relation);
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Count(24, upper: 99, vague: true), Count(40)).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Count(24, upper: 99, vague: true), Count(300)).Relation);
    }

    [Fact]
    public void Different_events_or_counted_nouns_are_not_compared()
    {
        var r = QuantityComparer.Compare(Count(3, ev: "kill"), Count(18, ev: "injure"));
        Assert.Equal(QuantityRelation.Incomparable, r.Relation);
        Assert.Contains("different events", r.Reason);
        Assert.Equal(QuantityRelation.Incomparable, QuantityComparer.Compare(Count(300, counted: "drone"), Count(30, counted: "missile")).Relation);
    }

    [Fact]
    public void Dead_killed_and_died_are_one_outcome()
    {
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Count(127, Hedge.AtLeast, counted: null, ev: "dead"), Count(130, ev: "kill")).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Count(12, ev: "die"), Count(15, ev: "kill")).Relation);
    }

    [Fact]
    public void A_missing_counted_noun_or_event_does_not_block_the_comparison()
    {
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Count(127, Hedge.AtLeast, counted: null, ev: null), Count(130)).Relation);
    }

    [Fact]
    public void Money_in_different_currencies_is_not_compared()
    {
        var r = QuantityComparer.Compare(Of(QuantityKind.Money, 5e6, "USD"), Of(QuantityKind.Money, 5e6, "EUR"));
        Assert.Equal(QuantityRelation.Incomparable, r.Relation);
        Assert.Equal(QuantityRelation.Agree, QuantityComparer.Compare(Of(QuantityKind.Money, 5e6, "USD"), Of(QuantityKind.Money, 5e6, "USD")).Relation);
    }

    [Fact]
    public void Money_reported_later_is_not_an_update()
    {
        var r = QuantityComparer.Compare(Of(QuantityKind.Money, 5e6, "USD"), Morning, Of(QuantityKind.Money, 6e6, "USD"), Evening);
        Assert.Equal(QuantityRelation.Conflict, r.Relation);
    }

    [Fact]
    public void Measures_convert_between_units_allowing_for_rounding()
    {
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Of(QuantityKind.Measure, 10, "km"), Of(QuantityKind.Measure, 6.2, "mi")).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Of(QuantityKind.Measure, 10, "km"), Of(QuantityKind.Measure, 8, "mi")).Relation);
        Assert.Equal(QuantityRelation.Incomparable, QuantityComparer.Compare(Of(QuantityKind.Measure, 10, "km"), Of(QuantityKind.Measure, 10, "kg")).Relation);
    }

    [Fact]
    public void Durations_convert_and_calendar_units_are_approximate()
    {
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(Of(QuantityKind.Duration, 30, "day"), Of(QuantityKind.Duration, 1, "month")).Relation);
        Assert.Equal(QuantityRelation.Agree, QuantityComparer.Compare(Of(QuantityKind.Duration, 2, "week"), Of(QuantityKind.Duration, 14, "day")).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Of(QuantityKind.Duration, 30, "day"), Of(QuantityKind.Duration, 45, "day")).Relation);
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Of(QuantityKind.Duration, 30, "day"), Of(QuantityKind.Duration, 2, "month")).Relation);
    }

    [Fact]
    public void Different_kinds_are_not_compared()
    {
        var r = QuantityComparer.Compare(Of(QuantityKind.Percent, 30, null), Count(30, counted: null, ev: null));
        Assert.Equal(QuantityRelation.Incomparable, r.Relation);
    }

    [Fact]
    public void Articles_published_the_same_day_without_times_cannot_be_ordered()
    {
        var day = new DateTimeOffset(2025, 6, 18, 0, 0, 0, TimeSpan.Zero);
        var a = new Article { Id = "a", Text = "", Origin = "a", Published = day };
        var b = new Article { Id = "b", Text = "", Origin = "b", Published = day.AddHours(0) };
        Assert.Equal(QuantityRelation.Conflict, QuantityComparer.Compare(Count(127), a, Count(130), b).Relation);

        var timedA = a with { Published = Morning, PublishedHasTime = true };
        var timedB = b with { Published = Evening, PublishedHasTime = true };
        Assert.Equal(QuantityRelation.Update, QuantityComparer.Compare(Count(127), timedA, Count(130), timedB).Relation);

        var nextDay = b with { Published = day.AddDays(1) };
        Assert.Equal(QuantityRelation.Update, QuantityComparer.Compare(Count(127), a, Count(130), nextDay).Relation);
    }

    [Fact]
    public void Extracted_casualty_figures_compare_end_to_end()
    {
        var early = Analyse("At least 127 people were killed in the flooding, officials said.");
        var late = Analyse("The floods killed 130 people, officials said.");
        var a = Assert.Single(early.Quantities);
        var b = Assert.Single(late.Quantities);
        Assert.Equal(QuantityRelation.Compatible, QuantityComparer.Compare(a, b).Relation);
    }

    [Fact]
    public void Intervals_read_hedges()
    {
        Assert.Equal(new QuantityInterval(127, double.PositiveInfinity), QuantityInterval.Of(Count(127, Hedge.AtLeast)));
        Assert.Equal(new QuantityInterval(300, double.PositiveInfinity, LowOpen: true), QuantityInterval.Of(Count(300, Hedge.Over)));
        Assert.Equal(new QuantityInterval(0, 40), QuantityInterval.Of(Count(40, Hedge.AtMost)));
        Assert.Equal(new QuantityInterval(250, 350), QuantityInterval.Of(Count(300, Hedge.About)));
        Assert.Equal(new QuantityInterval(270, 300, HighOpen: true), QuantityInterval.Of(Count(300, Hedge.Nearly)));
    }
}
