using Triangulate.Extract.Quotes;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Tests.Fixtures;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Quotes;

/// <summary>
/// The quote stage on fictional news paragraphs (the town of Port Alder and its people), one attribution pattern
/// per test. Every span is checked against the text it claims with <see cref="SpanAssert"/>.
/// </summary>
public class QuoteStageTests
{
    private static Doc Run(string text)
    {
        var doc = new SegmentStage(Tokenizer.Shared).Run(new Doc(new Article { Id = "t", Text = text, Origin = "t.txt" }));
        return new QuoteStage().Run(doc);
    }

    private static Quote Single(Doc doc, QuoteKind? kind = null)
    {
        var quotes = doc.Quotes.Where(q => kind is null ? q.Kind != QuoteKind.Scare : q.Kind == kind).ToList();
        Assert.Single(quotes);
        return quotes[0];
    }

    /// <summary>Checks every offset a quote carries: in range, ordered, and holding the text it claims.</summary>
    private static void AssertSpans(Doc doc)
    {
        foreach (var q in doc.Quotes)
        {
            SpanAssert.Ordered(doc.Text, q.Parts);
            SpanAssert.Covers(doc.Text, q.Span, q.Span.TextOf(doc.Text));
            Assert.Equal(string.Join(" ", q.Parts.Select(p => p.TextOf(doc.Text))), q.Text);
            SpanAssert.Ordered(doc.Text, q.ContentParts);
            if (q.SpeakerSpan is { } s) SpanAssert.InRange(doc.Text, s);
            if (q.CueSpan is { } c) SpanAssert.Covers(doc.Text, c, q.Cue!);
        }
    }

    [Fact]
    public void Direct_quote_takes_the_speaker_named_after_it()
    {
        const string text = "“The harbour wall will be rebuilt by spring,” Mayor Lena Ortiz said on Monday.";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        SpanAssert.Covers(text, q.Span, "The harbour wall will be rebuilt by spring,");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Mayor Lena Ortiz");
        Assert.Equal("Lena Ortiz", q.Speaker);
        Assert.Equal(SpeakerResolution.Named, q.Resolution);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void Inverted_attribution_said_name_is_found()
    {
        const string text = "\"We lost power at nine,\" said Tomas Brandt, who runs the ferry office.";
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.Span, "We lost power at nine,");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Tomas Brandt");
    }

    [Fact]
    public void Speaker_before_a_colon_introduced_quote()
    {
        const string text = "Councillor Ada Wren told reporters: “Nobody was hurt, and that is what matters.”";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Councillor Ada Wren");
        Assert.Equal("told", q.Cue);
    }

    [Theory]
    [InlineData("«The bridge stays closed,» said Ines Marlow.", "The bridge stays closed,")]
    [InlineData("„The bridge stays closed“, said Ines Marlow.", "The bridge stays closed")]
    [InlineData("''The bridge stays closed,'' said Ines Marlow.", "The bridge stays closed,")]
    [InlineData("‘The bridge stays closed,’ said Ines Marlow.", "The bridge stays closed,")]
    [InlineData("\"The bridge stays closed,\" said Ines Marlow.", "The bridge stays closed,")]
    public void Every_quote_style_pairs(string text, string words)
    {
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.Span, words);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Ines Marlow");
    }

    [Fact]
    public void Single_quotes_inside_double_quotes_stay_part_of_the_quote()
    {
        const string text = "“The sign said ‘closed for repairs’ all week,” said Ines Marlow.";
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.Span, "The sign said ‘closed for repairs’ all week,");
        Assert.Single(q.Parts);
    }

    [Fact]
    public void Apostrophes_and_plural_possessives_are_not_quotes()
    {
        const string text = "The fishermen’ union and the town’s council met in the ’90s, and nobody’s view changed.";
        Assert.Empty(Run(text).Quotes);
    }

    [Fact]
    public void Quote_interrupted_by_its_attribution_is_one_quote_in_two_parts()
    {
        const string text = "“We will reopen the pier,” Ortiz said, “but not before the inspectors sign off.”";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(2, q.Parts.Length);
        SpanAssert.Covers(text, q.Parts[0], "We will reopen the pier,");
        SpanAssert.Covers(text, q.Parts[1], "but not before the inspectors sign off.");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Ortiz");
    }

    [Fact]
    public void Multi_sentence_quote_closed_before_he_said_continues_into_the_next_quote()
    {
        const string text = "Harbour master Piet Olsen spoke at the quay.\n“The storm is over. The boats can sail again.” he said. “It is time to rebuild.”";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        SpanAssert.Covers(text, q.Parts[0], "The storm is over. The boats can sail again.");
        SpanAssert.Covers(text, q.Parts[1], "It is time to rebuild.");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "he");
        Assert.Equal("Piet Olsen", q.Speaker);
        Assert.Equal(SpeakerResolution.Pronoun, q.Resolution);
        SpanAssert.Covers(text, q.SpeakerNameSpan!.Value, "Piet Olsen");
    }

    [Fact]
    public void Pronoun_after_a_quote_resolves_to_the_speaker_named_in_the_sentence_before()
    {
        const string text = "Olsen said the port would tell the shipping line “what is possible,” adding that crews were ready. “The decision is theirs now,” he remarked.";
        var doc = Run(text);
        AssertSpans(doc);
        var q = doc.Quotes.Single(x => x.Kind == QuoteKind.Direct);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "he");
        Assert.Equal("Olsen", q.Speaker);
        Assert.Equal("remarked", q.Cue);
    }

    [Fact]
    public void Title_description_resolves_to_the_person_it_was_written_with()
    {
        const string text = "Port Commissioner Hanna Falk toured the docks on Friday.\n\n" +
                            "She later confirmed the plan. “We expect the first ships within a month,” the port commissioner remarked.";
        var doc = Run(text);
        var q = Single(doc);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "the port commissioner");
        Assert.Equal("Hanna Falk", q.Speaker);
        Assert.Equal(SpeakerResolution.Description, q.Resolution);
    }

    [Fact]
    public void It_stated_resolves_to_the_statement()
    {
        const string text = "The joint communique issued by the two councils stressed the need for calm. " +
                            "The communique also listed the repairs.\n\n“Both councils will share the cost of the new breakwater,” it stated.";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "it");
        Assert.Equal(SpeakerResolution.Statement, q.Resolution);
        Assert.Contains("communique", q.Speaker);
    }

    [Fact]
    public void The_statement_said_is_a_statement_speaker()
    {
        const string text = "“Repairs start in May,” the statement said.";
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "the statement");
        Assert.Equal(SpeakerResolution.Statement, q.Resolution);
    }

    [Fact]
    public void According_to_puts_the_speaker_after_the_cue()
    {
        const string text = "The ferry will run twice a day, according to Tomas Brandt, who called the schedule “the best we can do.”";
        var doc = Run(text);
        AssertSpans(doc);
        var q = doc.Quotes.Single(x => x.Kind == QuoteKind.Partial);
        SpanAssert.Covers(text, q.Span, "the best we can do.");
        Assert.Equal("Tomas Brandt", q.Speaker);
    }

    [Fact]
    public void Partial_quote_keeps_its_speaker_and_attributes_the_clause()
    {
        const string text = "Councillor Ada Wren said the repair bill was “far beyond what anyone expected.”";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(QuoteKind.Partial, q.Kind);
        SpanAssert.Covers(text, q.Span, "far beyond what anyone expected.");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Councillor Ada Wren");
        Assert.Single(q.ContentParts);
        Assert.True(q.ContentParts[0].Contains(q.Span), "the attributed content holds the quoted words");
    }

    [Fact]
    public void Two_partial_quotes_under_one_cue_are_one_quote()
    {
        const string text = "Wren in a statement said the town is “ready to rebuild” and the province “must pay its share” of the cost.";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(2, q.Parts.Length);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Wren");
    }

    [Fact]
    public void Appositive_speaker_is_the_name_not_the_title()
    {
        const string text = "Ada Wren, the council's finance chair, said the town had saved “just enough for the pier.”";
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Ada Wren");
    }

    [Fact]
    public void Quote_without_a_cue_inherits_the_speaker_of_the_paragraph()
    {
        const string text = "“The water came in fast,” said Ines Marlow. She pointed at the tide marks on the wall. “We had ten minutes.”";
        var doc = Run(text);
        AssertSpans(doc);
        var quotes = doc.Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal(SpeakerResolution.Context, quotes[1].Resolution);
        Assert.Equal("Ines Marlow", quotes[1].Speaker);
        SpanAssert.Covers(text, quotes[1].SpeakerSpan!.Value, "Ines Marlow");
    }

    [Fact]
    public void Quote_continued_into_the_next_paragraph_reopens_without_closing()
    {
        const string text = "Olsen described the night.\n\n“We counted the boats twice. Two were missing.\n\n“By morning both had come home,” Olsen said.";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal(2, q.Parts.Length);
        SpanAssert.Covers(text, q.Parts[0], "We counted the boats twice. Two were missing.");
        SpanAssert.Covers(text, q.Parts[1], "By morning both had come home,");
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Olsen");
    }

    [Fact]
    public void Unbalanced_quote_does_not_swallow_the_article()
    {
        const string text = "Ortiz opened the meeting by reading a note that began “Dear neighbours and went on for a while.\n\n" +
                            "The council then voted on the budget. It passed by six votes to one.\n\n" +
                            "“The vote shows the town wants the pier back,” Wren said.";
        var doc = Run(text);
        AssertSpans(doc);
        var last = doc.Quotes[^1];
        SpanAssert.Covers(text, last.Span, "The vote shows the town wants the pier back,");
        SpanAssert.Covers(text, last.SpeakerSpan!.Value, "Wren");
        // The stray opener's quote ends with its own paragraph.
        Assert.All(doc.Quotes, q => Assert.DoesNotContain("budget", q.Text));
    }

    [Fact]
    public void Straight_quote_left_open_at_the_end_does_not_run_past_its_paragraph()
    {
        const string text = "The sign on the gate read \"Closed until further notice.\n\nThe harbour reopened on Tuesday.";
        var doc = Run(text);
        AssertSpans(doc);
        Assert.All(doc.Quotes, q => Assert.DoesNotContain("reopened", q.Text));
    }

    [Fact]
    public void Scare_quotes_have_no_speaker()
    {
        const string text = "The council's so-called “emergency fund” was empty by March.";
        var doc = Run(text);
        var q = Single(doc, QuoteKind.Scare);
        SpanAssert.Covers(text, q.Span, "emergency fund");
        Assert.Null(q.Speaker);
        Assert.Null(q.SpeakerSpan);
        Assert.Equal(SpeakerResolution.None, q.Resolution);
    }

    [Fact]
    public void Title_of_a_show_after_a_preposition_is_not_a_quote_of_the_next_speaker()
    {
        const string text = "Speaking on the radio show “Harbour Hour,” Wren said the budget was “tight but fair.”";
        var doc = Run(text);
        AssertSpans(doc);
        Assert.Equal(QuoteKind.Scare, doc.Quotes.Single(q => q.Text.StartsWith("Harbour", StringComparison.Ordinal)).Kind);
        var spoken = doc.Quotes.Single(q => q.Kind == QuoteKind.Partial);
        SpanAssert.Covers(text, spoken.SpeakerSpan!.Value, "Wren");
    }

    [Fact]
    public void A_dash_and_a_name_after_a_quote_attribute_it()
    {
        const string text = "Readers wrote in after the storm.\n\n“The town pulled together like never before.” ― Marta Oduya\n\n“We need a better sea wall.” ― Jonas Pell";
        var doc = Run(text);
        AssertSpans(doc);
        var quotes = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, quotes.Count);
        SpanAssert.Covers(text, quotes[0].SpeakerSpan!.Value, "Marta Oduya");
        SpanAssert.Covers(text, quotes[1].SpeakerSpan!.Value, "Jonas Pell");
    }

    [Fact]
    public void Quotes_in_leaked_markup_attributes_are_ignored()
    {
        const string text = "<tweet author=\"@portalder\" date=\"May 2\">Pier reopens today</tweet>";
        Assert.Empty(Run(text).Quotes);
    }

    [Fact]
    public void They_resolves_to_a_group_speaker()
    {
        const string text = "In a joint letter, Port Alder and Westbay said they were “ready to share the ferry.”";
        var q = Single(Run(text));
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Port Alder and Westbay");
        Assert.Equal("Port Alder and Westbay", q.Speaker);
    }

    [Fact]
    public void Entity_layer_gives_the_speaker_entity_and_resolves_pronouns_to_it()
    {
        const string text = "Mayor Lena Ortiz met the fishermen on Monday. “We will rebuild the pier,” she said.";
        var doc = DocFactory.Article("e", text).Entity("Lena Ortiz", EntityType.Person).Build(withClaims: false);
        doc = new QuoteStage().Run(doc);
        var q = Single(doc);
        Assert.Equal(0, q.SpeakerEntity);
        Assert.Equal("Lena Ortiz", q.Speaker);
        Assert.Equal(SpeakerResolution.Pronoun, q.Resolution);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "she");
    }

    [Fact]
    public void Title_case_headline_verb_governs_its_quote_and_the_quote_is_no_title()
    {
        const string text = "Mayor Sees ‘Grave Insult’ if Voters Skip the Harbour Poll\n\nThe mayor spoke on Monday.";
        var doc = Run(text);
        var q = Single(doc);
        AssertSpans(doc);
        Assert.Equal("Sees", q.Cue);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "Mayor");
    }

    [Fact]
    public void Colon_in_the_articles_first_line_attributes_a_quote_later_in_it()
    {
        const string text = "Ortiz: the council needs to ‘stop arguing about the pier’ before winter\n\nThe mayor spoke on Monday.";
        var q = Single(Run(text));
        Assert.Equal(":", q.Cue);
        Assert.Equal("Ortiz", q.Speaker);

        // A headline naming its speaker and a topic before the colon: the name is the speaker.
        const string headline = "Mayor Ortiz on the Harbour: The Tides Are ‘Alarming.’\n\nThe mayor spoke on Monday.";
        var h = Single(Run(headline));
        Assert.Equal(":", h.Cue);
        SpanAssert.Covers(headline, h.SpeakerSpan!.Value, "Mayor Ortiz");
    }

    [Fact]
    public void A_straight_mark_opening_a_paragraph_of_curly_quotes_is_a_block_marker_not_a_quote()
    {
        const string text = "The transcript reads:\n\n\"HOST: Welcome back. The mayor called the pier “a disgrace” last week.\n\n\"ORTIZ: I did, and I meant it.\"";
        var doc = Run(text);
        AssertSpans(doc);
        // Paired, the two markers would make one quote of the host's paragraph; unpaired, only the curly quote remains.
        Assert.DoesNotContain(doc.Quotes, q => q.Text.Contains("Welcome back", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Text == "a disgrace");
    }

    [Fact]
    public void Apostrophe_s_after_a_pronoun_is_an_auxiliary_so_the_cue_keeps_its_speaker()
    {
        const string text = "The council met on Monday.\n\nShe’s claiming that the pier is “a danger to every child in town.”";
        var q = Single(Run(text));
        Assert.Equal("claiming", q.Cue);
        SpanAssert.Covers(text, q.SpeakerSpan!.Value, "She");
    }

    [Fact]
    public void A_participle_after_a_quote_with_the_comma_inside_the_marks_is_no_inverted_attribution()
    {
        const string text = "Ortiz said the town would tell the ferry company “what’s on the table,” emphasizing that Westbay is ready to talk.";
        var q = Single(Run(text));
        Assert.Equal("said", q.Cue);
        Assert.Equal("Ortiz", q.Speaker);
    }

    [Fact]
    public void A_participle_between_the_cue_and_a_later_quote_makes_that_quote_its_own()
    {
        const string text = "“We will rebuild the pier,” Ortiz said, asking the council, “Who will pay for it?”";
        var doc = Run(text);
        AssertSpans(doc);
        var quotes = doc.Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("said", quotes[0].Cue);
        Assert.Equal("asking", quotes[1].Cue);
        Assert.All(quotes, q => Assert.Equal("Ortiz", q.Speaker));
    }

    [Fact]
    public void Stage_declares_what_it_reads_and_adds_and_handles_an_empty_article()
    {
        var stage = new QuoteStage();
        Assert.Equal("quotes", stage.Info.Name);
        Assert.Equal(Layer.Tokens | Layer.Sentences, stage.Info.Reads);
        Assert.Equal(Layer.Quotes, stage.Info.Adds);
        Assert.Empty(Run("").Quotes);
        Assert.Empty(Run("\"").Quotes);
    }
}
