using Triangulate.Model;
using static Triangulate.Tests.Extract.Quantities.QuantityFixture;

namespace Triangulate.Tests.Extract.Quantities;

public class DateTests
{
    // Wednesday 2025-06-18 unless a test says otherwise.
    private static readonly DateTimeOffset Wednesday = On(2025, 6, 18);

    [Theory]
    [InlineData("The accord was signed on Feb. 24, 2022, in Porvale.", "Feb. 24, 2022", "2022-02-24")]
    [InlineData("The accord was signed on Feb 24, 2022.", "Feb 24, 2022", "2022-02-24")]
    [InlineData("The accord was signed on February 24 2022.", "February 24 2022", "2022-02-24")]
    [InlineData("The accord was signed on 24 February 2022.", "24 February 2022", "2022-02-24")]
    [InlineData("The accord was signed on the 24th of February 2022.", "24th of February 2022", "2022-02-24")]
    [InlineData("The accord was signed on Sept. 3, 2019.", "Sept. 3, 2019", "2019-09-03")]
    [InlineData("The filing is dated 2022-02-24.", "2022-02-24", "2022-02-24")]
    [InlineData("The filing is dated 11/30/2024.", "11/30/2024", "2024-11-30")]
    [InlineData("The filing is dated 30.11.2024.", "30.11.2024", "2024-11-30")]
    public void Absolute_days_are_normalised_without_a_publication_date(string sentence, string text, string iso)
    {
        var d = Date(Analyse(sentence), text);
        Assert.Equal(iso, d.Normalised);
        Assert.Equal(DateGranularity.Day, d.Granularity);
        Assert.False(d.Relative);
        Assert.Equal(DateOnly.Parse(iso), d.Earliest);
        Assert.Equal(d.Earliest, d.Latest);
    }

    [Fact]
    public void Numeric_dates_read_month_first_and_say_when_that_was_a_choice()
    {
        var doc = Analyse("Filed 3/11/2025 and again 25/11/2025.");
        var first = Date(doc, "3/11/2025");
        Assert.Equal("2025-03-11", first.Normalised);
        Assert.True(first.Ambiguous);
        var second = Date(doc, "25/11/2025");
        Assert.Equal("2025-11-25", second.Normalised);
        Assert.False(second.Ambiguous);
    }

    [Theory]
    [InlineData("The region was invaded in August 2024.", "August 2024", "2024-08", DateGranularity.Month)]
    [InlineData("The region was invaded in Aug. 2024.", "Aug. 2024", "2024-08", DateGranularity.Month)]
    [InlineData("The mine has been closed since 2014.", "2014", "2014", DateGranularity.Year)]
    [InlineData("Talks broke down in the spring of 2022.", "the spring of 2022", "2022-03/2022-05", DateGranularity.Season)]
    [InlineData("Talks resumed in winter 2022.", "winter 2022", "2022-12/2023-02", DateGranularity.Season)]
    [InlineData("The band peaked in the 1990s.", "the 1990s", "199", DateGranularity.Decade)]
    [InlineData("The plant opened in mid-2019.", "mid-2019", "2019", DateGranularity.Year)]
    [InlineData("The drought lasted from 2014-2016.", "2014-2016", "2014/2016", DateGranularity.Year)]
    [InlineData("The 2022-23 season was cut short.", "2022-23", "2022/2023", DateGranularity.Year)]
    public void Months_years_seasons_and_decades(string sentence, string text, string iso, DateGranularity granularity)
    {
        var d = Date(Analyse(sentence), text);
        Assert.Equal(iso, d.Normalised);
        Assert.Equal(granularity, d.Granularity);
    }

    [Fact]
    public void A_span_of_days_is_an_interval()
    {
        var d = Date(Analyse("The raids took place on the night of Feb. 23-24, 2022."), "Feb. 23-24, 2022");
        Assert.Equal("2022-02-23/2022-02-24", d.Normalised);
        Assert.Equal(new DateOnly(2022, 2, 23), d.Earliest);
        Assert.Equal(new DateOnly(2022, 2, 24), d.Latest);
    }

    [Fact]
    public void Short_decades_fall_in_the_century_that_makes_them_past()
    {
        var doc = Analyse("The fund grew in the '90s and shrank in the '00s.");
        Assert.Equal("199", Date(doc, "the '90s").Normalised);
        Assert.Equal("200", Date(doc, "the '00s").Normalised);
    }

    [Fact]
    public void From_one_day_to_another_is_a_span()
    {
        var doc = Analyse("The talks ran from Monday to Wednesday.");
        Assert.Equal(DateRelation.Since, Date(doc, "Monday").Relation);
        Assert.Equal(DateRelation.Until, Date(doc, "Wednesday").Relation);
    }

    [Fact]
    public void Since_until_before_and_after_are_kept_as_relations()
    {
        var doc = Analyse("Prices rose since 2014, held until 2019, fell before 2021 and recovered after 2023. Prior to Monday, talks stalled.");
        Assert.Equal(DateRelation.Since, Date(doc, "2014").Relation);
        Assert.Equal(DateRelation.Until, Date(doc, "2019").Relation);
        Assert.Equal(DateRelation.Before, Date(doc, "2021").Relation);
        Assert.Equal(DateRelation.After, Date(doc, "2023").Relation);
        Assert.Equal(DateRelation.Before, Date(doc, "Monday").Relation);
    }

    [Fact]
    public void Relative_dates_stay_unnormalised_without_a_publication_date()
    {
        var doc = Analyse("The mayor spoke on Tuesday. Yesterday the council met, and last week it voted. The deal was struck on Feb. 28.");
        Assert.Equal(4, doc.Dates.Length);
        Assert.All(doc.Dates, d =>
        {
            Assert.True(d.Relative);
            Assert.Null(d.Normalised);
            Assert.Null(d.Earliest);
        });
    }

    [Fact]
    public void A_weekday_is_the_one_on_or_before_publication()
    {
        var doc = Analyse("The mayor spoke on Tuesday. The council met on Wednesday. The vote was on Thursday.", Wednesday);
        Assert.Equal("2025-06-17", Date(doc, "Tuesday").Normalised);
        Assert.Equal("2025-06-18", Date(doc, "Wednesday").Normalised); // published that day
        Assert.Equal("2025-06-12", Date(doc, "Thursday").Normalised);
        Assert.All(doc.Dates, d => Assert.True(d.Relative));
    }

    [Fact]
    public void A_weekday_in_a_future_clause_is_on_or_after_publication()
    {
        var doc = Analyse("The envoy will travel to Porvale on Friday. The summit is scheduled to open on Wednesday.", Wednesday);
        Assert.Equal("2025-06-20", Date(doc, "Friday").Normalised);
        Assert.Equal("2025-06-18", Date(doc, "Wednesday").Normalised);
    }

    [Fact]
    public void Last_and_next_weekdays_are_strictly_before_and_after()
    {
        var doc = Analyse("Talks failed last Wednesday. They resume next Wednesday.", Wednesday);
        Assert.Equal("2025-06-11", Date(doc, "last Wednesday").Normalised);
        Assert.Equal("2025-06-25", Date(doc, "next Wednesday").Normalised);
    }

    [Fact]
    public void Possessive_weekdays_and_parts_of_day()
    {
        var doc = Analyse("Tuesday’s offer came after Monday night talks.", Wednesday);
        Assert.Equal("2025-06-17", Date(doc, "Tuesday").Normalised);
        Assert.Equal("2025-06-16", Date(doc, "Monday night").Normalised);
    }

    [Fact]
    public void A_weekday_next_to_a_full_date_takes_the_full_date()
    {
        var d = Assert.Single(Analyse("The vote is on Friday, June 20, 2025.", Wednesday).Dates);
        Assert.Equal("Friday, June 20, 2025", d.Text);
        Assert.Equal("2025-06-20", d.Normalised);
        Assert.False(d.Relative);
    }

    [Theory]
    [InlineData("Yesterday the council met.", "Yesterday", "2025-06-17", DateGranularity.Day)]
    [InlineData("The council meets today.", "today", "2025-06-18", DateGranularity.Day)]
    [InlineData("The council meets tomorrow.", "tomorrow", "2025-06-19", DateGranularity.Day)]
    [InlineData("Shots were heard last night.", "last night", "2025-06-17", DateGranularity.Day)]
    [InlineData("The council voted last week.", "last week", "2025-W24", DateGranularity.Week)]
    [InlineData("The envoy visits this week.", "this week", "2025-W25", DateGranularity.Week)]
    [InlineData("The envoy visits next week.", "next week", "2025-W26", DateGranularity.Week)]
    [InlineData("Prices jumped last month.", "last month", "2025-05", DateGranularity.Month)]
    [InlineData("Elections are due next year.", "next year", "2026", DateGranularity.Year)]
    [InlineData("The mine flooded three days ago.", "three days ago", "2025-06-15", DateGranularity.Day)]
    [InlineData("The mine flooded two years ago.", "two years ago", "2023", DateGranularity.Year)]
    [InlineData("The dam failed in March.", "March", "2025-03", DateGranularity.Month)]
    [InlineData("The deal was struck on Feb. 28.", "Feb. 28", "2025-02-28", DateGranularity.Day)]
    [InlineData("The fair opens on Dec. 28.", "Dec. 28", "2024-12-28", DateGranularity.Day)]
    [InlineData("Crops failed last summer.", "last summer", "2024-06/2024-08", DateGranularity.Season)]
    public void Relative_dates_are_placed_against_publication(string sentence, string text, string iso, DateGranularity granularity)
    {
        var d = Date(Analyse(sentence, Wednesday), text);
        Assert.Equal(iso, d.Normalised);
        Assert.Equal(granularity, d.Granularity);
        Assert.True(d.Relative);
    }

    [Fact]
    public void A_year_less_date_takes_the_nearest_year()
    {
        // Published 3 January: "Dec. 28" is last week, not next December.
        var d = Date(Analyse("The fire started on Dec. 28.", On(2026, 1, 3)), "Dec. 28");
        Assert.Equal("2025-12-28", d.Normalised);
    }

    [Fact]
    public void Earlier_this_month_ends_at_publication()
    {
        var d = Date(Analyse("Earlier this month the board resigned.", Wednesday), "Earlier this month");
        Assert.Equal("2025-06", d.Normalised);
        Assert.Equal(new DateOnly(2025, 6, 1), d.Earliest);
        Assert.Equal(new DateOnly(2025, 6, 18), d.Latest);
    }

    [Fact]
    public void Vague_periods_are_found_but_never_normalised()
    {
        var doc = Analyse("He will call his counterpart in the coming days. In recent weeks, prices rose.", Wednesday);
        Assert.Equal(DateGranularity.Vague, Date(doc, "the coming days").Granularity);
        Assert.Equal(DateGranularity.Vague, Date(doc, "recent weeks").Granularity);
        Assert.All(doc.Dates, d => Assert.Null(d.Normalised));
    }

    [Fact]
    public void Times_take_the_date_beside_them()
    {
        var doc = Analyse("The vote opens on Tuesday at 10 a.m. and closes at 4:30 p.m.", Wednesday);
        Assert.Equal("2025-06-17T10:00", Date(doc, "10 a.m.").Normalised);
        // Only one day in the sentence: the second time belongs to it too.
        Assert.Equal("2025-06-17T16:30", Date(doc, "4:30 p.m.").Normalised);
        Assert.Equal(DateGranularity.Time, Date(doc, "10 a.m.").Granularity);
    }

    [Fact]
    public void A_time_with_no_date_stays_unnormalised()
    {
        var d = Assert.Single(Analyse("The siren sounded at 7 p.m.").Dates);
        Assert.Equal(DateGranularity.Time, d.Granularity);
        Assert.Null(d.Normalised);
    }

    [Fact]
    public void Month_names_that_are_words_need_a_date_context()
    {
        var doc = Analyse("Officials may march on the capital. They said May would be busy. The vote is in May.");
        var d = Assert.Single(doc.Dates);
        Assert.Equal("May", d.Text);
        Assert.Equal(DateGranularity.Month, d.Granularity);
    }

    [Fact]
    public void Publication_time_zone_decides_the_anchor_day()
    {
        // 23:30 on Tuesday in Kyiv is already Tuesday there, whatever UTC says.
        var published = new DateTimeOffset(2025, 6, 17, 23, 30, 0, TimeSpan.FromHours(3));
        var d = Assert.Single(Analyse("The strike came today.", published).Dates);
        Assert.Equal("2025-06-17", d.Normalised);
    }
}
