using Triangulate.Model;
using static Triangulate.Tests.Extract.Quantities.QuantityFixture;

namespace Triangulate.Tests.Extract.Quantities;

public class QuantityRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "at", "least", "over", "about", "nearly", "up", "to", "between", "and", "or", "more", "than", "some", "the", "a", "of",
        "3", "17", "300", "1,250", "2.5", "0143", "555-0143", "3-1", "10-12", "2022", "1990s", "'90s", "2022-02-24", "3/11/2025", "30.11.2024",
        "three", "twenty-five", "hundred", "million", "bn", "dozens", "half", "two-thirds", "first", "21st", "30-day", "year-old",
        "$", "€", "£", "USD", "%", "percent", "km", "miles", "tonnes", "pounds",
        "people", "others", "drones", "killed", "were", "injured", "intercepted", "toll", "death",
        "Feb.", "March", "May", "Tuesday", "last", "next", "week", "ago", "days", "spring", "fall", "today", "yesterday",
        "10", "a.m.", "p.m.", "14:30", ",", ".", ";", "\u201C", "\u201D", "(", ")", "-", "\u2013", "\n",
    ];

    [Fact]
    public void Random_soups_of_numbers_hedges_and_dates_never_throw_and_keep_spans_honest()
    {
        var random = new Random(20261123);
        for (int n = 0; n < 300; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            string text = string.Join(random.Next(4) == 0 ? "" : " ", words);
            DateTimeOffset? published = random.Next(3) switch
            {
                0 => null,
                1 => On(2000 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28)),
                _ => new DateTimeOffset(random.Next(1, 9999), 12, 31, 23, 59, 0, TimeSpan.Zero),
            };
            var doc = Analyse(text, published); // the fixture checks every span
            foreach (var q in doc.Quantities) Assert.True(double.IsFinite(q.Value), $"'{text}': {q.Value}");
            foreach (var d in doc.Dates)
                if (d.Earliest is { } e && d.Latest is { } l) Assert.True(e <= l, $"'{text}': {d.Text} {e} > {l}");
        }
    }

    [Fact]
    public void Absurd_numbers_are_not_quantities()
    {
        Assert.Empty(Analyse("They counted a trillion trillion trillion trillion trillion trillion trillion grains.").Quantities);
        Assert.Empty(Analyse("It cost $99999999999999999999999999999999999999999999999999999999999999999999999.").Quantities);
    }

    [Fact]
    public void A_publication_date_outside_the_news_era_leaves_relative_dates_unplaced()
    {
        var d = Assert.Single(Analyse("The envoy arrives next year.", new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)).Dates);
        Assert.Null(d.Normalised);
    }

    [Fact]
    public void Digits_from_other_scripts_are_left_alone()
    {
        var doc = Analyse("Officials counted \u0663\u0660\u0660 drones.");
        Assert.Empty(doc.Quantities);
    }
}
