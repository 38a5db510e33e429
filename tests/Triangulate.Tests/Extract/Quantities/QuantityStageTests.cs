using Triangulate.Model;
using static Triangulate.Tests.Extract.Quantities.QuantityFixture;

namespace Triangulate.Tests.Extract.Quantities;

/// <summary>Every test runs twice: with part-of-speech tags (as the default pipeline runs the stage) and without.</summary>
public abstract class QuantityStageTests
{
    protected abstract bool WithTags { get; }

    private Doc Analyse(string text) => QuantityFixture.Analyse(text, tagged: WithTags);
    private Quantity Only(string text) => Assert.Single(Analyse(text).Quantities);

    [Fact]
    public void Casualty_figures_keep_hedge_counted_noun_and_event()
    {
        var doc = Analyse("At least four people were killed and 12 others were injured when a tanker overturned near Dunmore, the Vell County fire service said.");
        var killed = Find(doc, "At least four people");
        Assert.Equal(4, killed.Value);
        Assert.Equal(Hedge.AtLeast, killed.Hedge);
        Assert.Equal(QuantityKind.Count, killed.Kind);
        Assert.Equal("person", killed.Counted);
        Assert.Equal("people", At(doc, killed.CountedSpan));
        Assert.Equal("kill", killed.Event);
        Assert.Equal("killed", At(doc, killed.EventSpan));
        Assert.Equal("four", At(doc, killed.ValueSpan));

        // The hedge does not distribute over the coordinated clause (see QuantityFinder).
        var injured = Find(doc, "12 others");
        Assert.Equal(12, injured.Value);
        Assert.Equal(Hedge.None, injured.Hedge);
        Assert.Equal("person", injured.Counted);
        Assert.Equal("people", At(doc, injured.CountedSpan));
        Assert.Equal("others", At(doc, injured.AnaphorSpan));
        Assert.Equal("injure", injured.Event);
    }

    [Fact]
    public void The_number_of_a_thing_that_rose_to_a_figure_counts_that_thing()
    {
        var q = Only("The number of people injured in the ferry collision rose to 23 on Friday, port officials said.");
        Assert.Equal(23, q.Value);
        Assert.Equal("person", q.Counted);
        Assert.Equal("injure", q.Event);
    }

    [Fact]
    public void A_partitive_over_a_state_word_counts_among_that_event()
    {
        var q = Only("Three of the injured remain in hospital in Dunmore.");
        Assert.Equal(3, q.Value);
        Assert.Equal("Three of the injured", q.Text);
        Assert.Equal("injure", q.Event);
    }

    [Fact]
    public void An_ordinal_counts_its_noun_not_a_following_adverb()
    {
        var q = Only("A third depot nearby was closed as a precaution.");
        Assert.Equal(QuantityKind.Ordinal, q.Kind);
        Assert.Equal("depot", q.Counted);
    }

    [Fact]
    public void Others_takes_the_noun_of_the_quantity_before_it()
    {
        var doc = Analyse("At least one miner died when a shaft collapsed in Orrel, and at least 9 others were freed on Sunday, officials said.");
        var rescued = Find(doc, "at least 9 others");
        Assert.Equal(Hedge.AtLeast, rescued.Hedge);
        Assert.Equal("miner", rescued.Counted);
        Assert.Equal("free", rescued.Event);
    }

    [Fact]
    public void Others_without_an_earlier_count_stays_other()
    {
        var q = Only("Police said 40 others were detained.");
        Assert.Equal("other", q.Counted);
        Assert.Equal("detain", q.Event);
    }

    [Fact]
    public void Over_and_the_verb_before_give_hedge_and_event()
    {
        var doc = Analyse("The navy said it intercepted over 250 Corvanian drones during the night.");
        var q = Find(doc, "over 250 Corvanian drones");
        Assert.Equal(250, q.Value);
        Assert.Equal(Hedge.Over, q.Hedge);
        Assert.Equal("drone", q.Counted);
        Assert.Equal("drones", At(doc, q.CountedSpan));
        Assert.Equal("intercept", q.Event);
        Assert.Equal("intercepted", At(doc, q.EventSpan));
    }

    [Fact]
    public void Compound_durations_modify_their_noun()
    {
        var doc = Analyse("Both sides backed a 45-day truce and a three-year plan.");
        var truce = Find(doc, "45-day");
        Assert.Equal(45, truce.Value);
        Assert.Equal(QuantityKind.Duration, truce.Kind);
        Assert.Equal("day", truce.Unit);
        Assert.Equal("truce", truce.Modifies);
        Assert.Equal("truce", At(doc, truce.ModifiesSpan));
        var plan = Find(doc, "three-year");
        Assert.Equal(3, plan.Value);
        Assert.Equal("year", plan.Unit);
        Assert.Equal("plan", plan.Modifies);
    }

    [Fact]
    public void Durations_in_words_and_digits()
    {
        var doc = Analyse("The strike lasted two weeks after nearly 18 months of talks.");
        var weeks = Find(doc, "two weeks");
        Assert.Equal(QuantityKind.Duration, weeks.Kind);
        Assert.Equal("week", weeks.Unit);
        var months = Find(doc, "nearly 18 months");
        Assert.Equal(Hedge.Nearly, months.Hedge);
        Assert.Equal("talk", months.Modifies);
    }

    [Theory]
    [InlineData("The border stayed shut for a week after the vote.", "a week", 1, "week")]
    [InlineData("Rescuers arrived half an hour later.", "half an hour", 0.5, "hour")]
    [InlineData("The country endured a decade of war.", "a decade", 1, "decade")]
    public void One_unit_of_time_is_a_duration(string sentence, string text, double value, string unit)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Duration, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void Rates_and_second_are_not_durations()
    {
        Assert.Empty(Analyse("The board meets once a week, and a second board meets twice a year.").Quantities.Where(q => q.Kind == QuantityKind.Duration));
    }

    [Fact]
    public void Over_before_a_duration_is_a_time_span_not_a_hedge()
    {
        var doc = Analyse("Fighting raged over three days. The siege lasted for over two years.");
        Assert.Equal(Hedge.None, Find(doc, "three days").Hedge);
        Assert.Equal(Hedge.Over, Find(doc, "over two years").Hedge);
    }

    [Theory]
    [InlineData("Officials said more than 1,200 homes were damaged.", "more than 1,200 homes", 1200, Hedge.Over, "home")]
    [InlineData("No fewer than 30 boats were seized.", "No fewer than 30 boats", 30, Hedge.AtLeast, "boat")]
    [InlineData("Almost 600 workers were laid off.", "Almost 600 workers", 600, Hedge.Nearly, "worker")]
    [InlineData("Roughly 90 flights were cancelled.", "Roughly 90 flights", 90, Hedge.About, "flight")]
    [InlineData("Around 75 families were evacuated.", "Around 75 families", 75, Hedge.About, "family")]
    [InlineData("Some 400 volunteers were deployed.", "Some 400 volunteers", 400, Hedge.About, "volunteer")]
    [InlineData("Up to 50 vessels were stranded.", "Up to 50 vessels", 50, Hedge.AtMost, "vessel")]
    [InlineData("As many as 80 patients were moved.", "As many as 80 patients", 80, Hedge.AtMost, "patient")]
    [InlineData("Fewer than 20 students were tested.", "Fewer than 20 students", 20, Hedge.Under, "student")]
    [InlineData("An estimated 3,000 protesters marched.", "An estimated 3,000 protesters", 3000, Hedge.About, "protester")]
    [InlineData("The raids netted 60 suspects or more.", "60 suspects or more", 60, Hedge.AtLeast, "suspect")]
    [InlineData("The clinic saw 200 or so patients.", "200 or so patients", 200, Hedge.About, "patient")]
    [InlineData("A 300-plus crowd gathered.", "300-plus crowd", 300, Hedge.AtLeast, "crowd")]
    public void Hedges_before_and_after_the_number(string sentence, string text, double value, Hedge hedge, string counted)
    {
        var doc = Analyse(sentence);
        var q = Find(doc, text);
        Assert.Equal(value, q.Value);
        Assert.Equal(hedge, q.Hedge);
        Assert.Equal(counted, q.Counted);
    }

    [Fact]
    public void About_after_a_verb_of_speech_is_a_topic_not_a_hedge()
    {
        var q = Only("The minister talked about three projects.");
        Assert.Equal(Hedge.None, q.Hedge);
        Assert.Equal("three projects", q.Text);
    }

    [Theory]
    [InlineData("Rescuers found twenty-five survivors.", "twenty-five survivors", 25)]
    [InlineData("The fund helped one hundred and twenty farmers.", "one hundred and twenty farmers", 120)]
    [InlineData("The census counted 1.5 million residents.", "1.5 million residents", 1_500_000)]
    [InlineData("The app has two million users.", "two million users", 2_000_000)]
    [InlineData("The port handled 12,450 containers.", "12,450 containers", 12_450)]
    [InlineData("The team planted a hundred trees.", "a hundred trees", 100)]
    [InlineData("Police arrested two dozen fans.", "two dozen fans", 24)]
    [InlineData("She interviewed a dozen witnesses.", "a dozen witnesses", 12)]
    public void Numbers_in_digits_and_words(string sentence, string text, double value)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(value, q.Value);
        Assert.False(q.Vague);
    }

    [Theory]
    [InlineData("Dozens of residents were displaced.", "Dozens of residents", 24, 99, "resident")]
    [InlineData("Hundreds of sheep drowned.", "Hundreds of sheep", 200, 999, "sheep")]
    [InlineData("Tens of thousands of fans attended.", "Tens of thousands of fans", 20_000, 99_999, "fan")]
    [InlineData("Hundreds of thousands of voters stayed home.", "Hundreds of thousands of voters", 200_000, 999_999, "voter")]
    [InlineData("The talks took several weeks.", "several weeks", 3, 9, null)]
    [InlineData("A few ministers resigned.", "A few ministers", 2, 5, "minister")]
    public void Vague_quantities_carry_their_conventional_range(string sentence, string text, double low, double high, string? counted)
    {
        var q = Find(Analyse(sentence), text);
        Assert.True(q.Vague);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.UpperValue);
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("Between 40 and 60 cars were towed.", "Between 40 and 60 cars", 40, 60)]
    [InlineData("Officials expect 10 to 12 buses.", "10 to 12 buses", 10, 12)]
    [InlineData("Officials expect 10-12 buses.", "10-12 buses", 10, 12)]
    [InlineData("Two or three boats capsized.", "Two or three boats", 2, 3)]
    [InlineData("The project costs 2 to 3 million hours of labour.", "2 to 3 million hours", 2_000_000, 3_000_000)]
    public void Ranges_keep_both_ends(string sentence, string text, double low, double high)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.UpperValue);
    }

    [Fact]
    public void From_to_is_a_change_not_a_range()
    {
        var doc = Analyse("Membership rose from 40 members to 55 members.");
        Assert.Equal(2, doc.Quantities.Length);
        Assert.All(doc.Quantities, q => Assert.Null(q.UpperValue));
    }

    [Theory]
    [InlineData("The city pledged $5 million for repairs.", "$5 million", 5_000_000, "USD")]
    [InlineData("The club paid €12.5m for the striker.", "€12.5m", 12_500_000, "EUR")]
    [InlineData("The bank lent £300 to each trader.", "£300", 300, "GBP")]
    [InlineData("The deal is worth 40 billion euros.", "40 billion euros", 40_000_000_000, "EUR")]
    [InlineData("The fine was 2,000 dollars.", "2,000 dollars", 2000, "USD")]
    [InlineData("Farmers were paid 900 million hryvnias.", "900 million hryvnias", 900_000_000, "UAH")]
    [InlineData("Analysts put the cost at USD 7 billion.", "USD 7 billion", 7_000_000_000, "USD")]
    [InlineData("The loan was US$250 million.", "US$250 million", 250_000_000, "USD")]
    [InlineData("Tickets rose to $5bn in sales.", "$5bn", 5_000_000_000, "USD")]
    public void Money_with_symbols_codes_and_names(string sentence, string text, double value, string currency)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(currency, q.Unit);
    }

    [Theory]
    [InlineData("Turnout fell 4.5% this year.", "4.5%", 4.5, null)]
    [InlineData("Prices rose 12 percent.", "12 percent", 12, null)]
    [InlineData("Unemployment rose 3 per cent.", "3 per cent", 3, null)]
    [InlineData("Support fell two percentage points.", "two percentage points", 2, "percentage point")]
    public void Percentages(string sentence, string text, double value, string? unit)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The convoy travelled 120 kilometres.", "120 kilometres", 120, "km", "length")]
    [InlineData("The storm dumped 30 mm of rain.", "30 mm", 30, "mm", "length")]
    [InlineData("The ship carried 5,000 tonnes of grain.", "5,000 tonnes", 5000, "mt", "mass")]
    [InlineData("Smugglers moved 500 pounds of cocaine.", "500 pounds", 500, "lb", "mass")]
    [InlineData("The fire burned 40 square miles.", "40 square miles", 40, "mi2", "area")]
    [InlineData("The plant produces 800 MW at peak.", "800 MW", 800, "MW", "power")]
    [InlineData("A 10-mile stretch was closed.", "10-mile", 10, "mi", "length")]
    public void Measures_with_units_from_the_bundled_table(string sentence, string text, double value, string unit, string measure)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Measure, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(measure, Triangulate.Extract.Quantities.UnitTable.Shared.Info(unit)!.Measure);
    }

    [Theory]
    [InlineData("It was the first visit by a foreign leader.", "first visit", 1, "visit")]
    [InlineData("The 21st summit opened in Porvale.", "21st summit", 21, "summit")]
    [InlineData("She won a third term.", "third term", 3, "term")]
    public void Ordinals_count_what_follows(string sentence, string text, double value, string counted)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Ordinal, q.Kind);
        Assert.Equal(value, q.Value);
        Assert.Equal(counted, q.Counted);
    }

    [Theory]
    [InlineData("Two-thirds of voters backed the plan.", "Two-thirds of voters", 2.0 / 3, "voter")]
    [InlineData("Half of the staff went on strike.", "Half of the staff", 0.5, "staff")]
    [InlineData("A quarter of the wells ran dry.", "A quarter of the wells", 0.25, "well")]
    [InlineData("Three quarters of the shops closed.", "Three quarters of the shops", 0.75, "shop")]
    public void Fractions_are_proportions(string sentence, string text, double value, string counted)
    {
        var q = Find(Analyse(sentence), text);
        Assert.Equal(QuantityKind.Fraction, q.Kind);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(counted, q.Counted);
    }

    [Fact]
    public void A_fraction_of_a_counted_group_counts_its_noun()
    {
        var doc = Analyse("About half of the 300 delegates voted against the motion.");
        var half = Find(doc, "About half of the 300 delegates");
        Assert.Equal(QuantityKind.Fraction, half.Kind);
        Assert.Equal(Hedge.About, half.Hedge);
        Assert.Equal("delegate", half.Counted);
        Assert.Equal(300, Find(doc, "300 delegates").Value);
    }

    [Fact]
    public void A_compared_figure_counts_what_the_figure_before_it_counts()
    {
        var doc = Analyse("The agency said 2.1 million people needed food aid, up from 1.8 million.");
        var before = Find(doc, "1.8 million");
        Assert.Equal("person", before.Counted);
        Assert.Equal("people", At(doc, before.CountedSpan));
    }

    [Fact]
    public void One_of_a_counted_group_counts_its_noun_and_a_copula_is_no_event()
    {
        var doc = Analyse("He was one of the 17 survivors.");
        var one = Find(doc, "one of the 17 survivors");
        Assert.Equal("survivor", one.Counted);
        Assert.Null(one.Event);
    }

    [Fact]
    public void Partitives_count_the_noun_after_of()
    {
        var q = Find(Analyse("Three of the hostages were freed."), "Three of the hostages");
        Assert.Equal("hostage", q.Counted);
        Assert.Equal("free", q.Event);
    }

    [Fact]
    public void The_second_object_of_a_coordination_takes_the_first_verb()
    {
        var doc = Analyse("The rebels fired a barrage of rockets at Orrel and two guided missiles overnight, the army said.");
        var missiles = Find(doc, "two guided missiles");
        Assert.Equal("missile", missiles.Counted);
        Assert.Equal("fired", At(doc, missiles.EventSpan));
    }

    [Fact]
    public void Coordination_does_not_reach_across_a_clause()
    {
        var doc = Analyse("Crews cleared the road, and two lorries were parked nearby.");
        Assert.Equal("parked", At(doc, Find(doc, "two lorries").EventSpan));
    }

    [Fact]
    public void A_number_followed_by_a_state_word_has_that_event()
    {
        var doc = Analyse("The blast left 14 dead and 30 wounded.");
        var dead = Find(doc, "14");
        Assert.Equal("dead", dead.Event);
        Assert.Null(dead.Counted);
        Assert.Equal("wound", Find(doc, "30").Event);
    }

    [Fact]
    public void A_death_toll_counts_deaths()
    {
        var q = Only("The death toll rose to at least 127 on Friday.");
        Assert.Equal(127, q.Value);
        Assert.Equal(Hedge.AtLeast, q.Hedge);
        Assert.Equal("death", q.Counted);
    }

    [Fact]
    public void Headline_style_participles_are_events()
    {
        var q = Only("Five miners trapped after collapse");
        Assert.Equal("miner", q.Counted);
        Assert.Equal("trap", q.Event);
    }

    [Theory]
    [InlineData("Call the desk on 555-0143 for details.")]
    [InlineData("Version 2.0.1 of the app shipped.")]
    [InlineData("Dunmore won 3-1 on Saturday.")]
    [InlineData("COVID-19 cases fell in the region.")]
    [InlineData("G7 ministers met in Porvale.")]
    [InlineData("Flight 417 landed safely.")]
    [InlineData("The ruling cited Article 5 of the treaty.")]
    [InlineData("He lives at No. 12 on the square.")]
    [InlineData("The F-16 jets flew over the city.")]
    public void Identifiers_scores_and_codes_are_not_quantities(string sentence)
    {
        Assert.Empty(Analyse(sentence).Quantities);
    }

    [Fact]
    public void Years_are_dates_not_counts()
    {
        var doc = Analyse("The dam was built in 1998 and repaired in 2021.");
        Assert.Empty(doc.Quantities);
        Assert.Equal(["1998", "2021"], doc.Dates.Select(d => d.Normalised));
    }

    [Fact]
    public void No_one_and_one_another_are_not_counts()
    {
        var doc = Analyse("No one was hurt, and the rivals greeted one another warmly.");
        Assert.Empty(doc.Quantities);
    }

    [Fact]
    public void Numbers_inside_dates_are_not_counted()
    {
        var doc = Analyse("The 12 envoys met on March 3, 2024, at 10 a.m.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("12 envoys", q.Text);
    }

    [Fact]
    public void Quantities_record_their_sentence()
    {
        var doc = Analyse("Nine boats sank. Later, 14 sailors were rescued.");
        Assert.Equal([0, 1], doc.Quantities.Select(q => q.Sentence));
    }

    [Fact]
    public void Tags_when_present_decide_the_head_noun()
    {
        // A singular count whose verb has no -ed ending: with tags the head is found; the stage must also accept tags.
        const string text = "One patrol boat struck a mine.";
        var tokens = Triangulate.Text.Tokenizer.Shared.Tokenize(text);
        var article = new Article { Id = "t", Text = text, Origin = "t" };
        var doc = new Doc(article) with
        {
            Tokens = tokens,
            Sentences = [.. Triangulate.Text.SentenceSplitter.Split(tokens)],
            Tags = [PosTag.CD, PosTag.NN, PosTag.NN, PosTag.VBD, PosTag.DT, PosTag.NN, PosTag.Punct],
        };
        var result = new Triangulate.Extract.Quantities.QuantityStage().Run(doc);
        var q = Assert.Single(result.Quantities);
        Assert.Equal("boat", q.Counted);
        Assert.Equal("One patrol boat", q.Text);
    }

    [Fact]
    public void The_stage_declares_what_it_reads_and_adds()
    {
        var info = new Triangulate.Extract.Quantities.QuantityStage().Info;
        Assert.Equal("quantities", info.Name);
        Assert.Equal(Layer.Tokens | Layer.Sentences, info.Reads);
        Assert.Equal(Layer.Quantities | Layer.Dates, info.Adds);
    }

    [Fact]
    public void An_empty_article_has_no_quantities_or_dates()
    {
        var doc = Analyse("");
        Assert.Empty(doc.Quantities);
        Assert.Empty(doc.Dates);
    }
}

public sealed class QuantityStageTaggedTests : QuantityStageTests
{
    protected override bool WithTags => true;
}

public sealed class QuantityStageUntaggedTests : QuantityStageTests
{
    protected override bool WithTags => false;
}
