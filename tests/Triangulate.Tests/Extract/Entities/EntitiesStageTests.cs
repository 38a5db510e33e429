using Triangulate.Extract.Entities;
using Triangulate.Extract.Tags;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Entities;

public class EntitiesStageTests
{
    // Fictional people, places and outlets.
    private const string Story =
        "Foreign Minister Elena Varga met her Marenland counterpart in Port Astra on Tuesday. Varga said the talks had been useful.\n" +
        "Tomas Brandt, the Veldorian national security adviser, told reporters the plan would be reviewed. Brandt's office declined to comment further.\n" +
        "Ministry spokesman Oleg Tarasenko said the delegation would return to Geneva. The spokesman added that the United Nations had been informed.\n";

    private static readonly Lazy<Doc> Analysed = new(() => Analyse(Story));

    private static Doc Analyse(string text)
    {
        var article = new Article { Id = "fixture", Text = text, Origin = "test" };
        var pipeline = new PipelineBuilder { FailureMode = FailureMode.Throw }
            .Add(new SegmentStage(Tokenizer.Shared)).Add(new TagsStage()).Add(new EntitiesStage()).Build();
        return pipeline.Run(article).Doc!;
    }

    private static Mention MentionOf(Doc doc, string text, int occurrence = 0) =>
        doc.Mentions.Where(m => m.Text == text).ElementAt(occurrence);

    private static DocEntity EntityNamed(Doc doc, string name) => doc.Entities.Single(e => e.Name == name);

    [Fact]
    public void Mentions_have_exact_ordered_spans_and_token_ranges()
    {
        var doc = Analysed.Value;
        SpanAssert.Ordered(doc.Text, doc.Mentions.Select(m => m.Span));
        foreach (var m in doc.Mentions)
        {
            SpanAssert.Covers(doc.Text, m.Span, m.Text);
            Assert.Equal(m.Span, doc.Tokens.SpanOf(m.FirstToken, m.TokenCount));
            Assert.InRange(m.Confidence, 0.0, 1.0);
            Assert.InRange(m.Entity, 0, doc.Entities.Length - 1);
            Assert.Contains(doc.Mentions.IndexOf(m), doc.Entities[m.Entity].Mentions);
        }
    }

    [Fact]
    public void A_pre_nominal_title_is_kept_apart_from_the_name()
    {
        var doc = Analysed.Value;
        var varga = MentionOf(doc, "Elena Varga");
        Assert.Equal(EntityType.Person, varga.Type);
        Assert.Equal("Foreign Minister", varga.Title);
        SpanAssert.Covers(doc.Text, varga.TitleSpan!.Value, "Foreign Minister");

        var tarasenko = MentionOf(doc, "Oleg Tarasenko");
        Assert.Equal("Ministry spokesman", tarasenko.Title);
    }

    [Fact]
    public void The_next_person_of_a_list_is_not_an_appositive_title()
    {
        var doc = Analyse("The talks in Port Astra included Karl Osten, Foreign Minister Elena Varga, and the mayor.");
        var osten = MentionOf(doc, "Karl Osten");
        Assert.Equal(EntityType.Person, osten.Type);
        Assert.Null(osten.Title);
        Assert.Equal("Foreign Minister", MentionOf(doc, "Elena Varga").Title);
        // A possessive person is part of a title: "Varga's chief of staff".
        var aide = Analyse("The delegation was led by Karl Osten, Elena Varga's chief of staff, and two advisers.");
        Assert.Equal("Elena Varga's chief of staff", MentionOf(aide, "Karl Osten").Title);
    }

    [Fact]
    public void An_appositive_title_is_found_after_the_name()
    {
        var doc = Analysed.Value;
        var brandt = MentionOf(doc, "Tomas Brandt");
        Assert.Equal(EntityType.Person, brandt.Type);
        Assert.Equal("Veldorian national security adviser", brandt.Title);
        SpanAssert.Covers(doc.Text, brandt.TitleSpan!.Value, "Veldorian national security adviser");
    }

    [Fact]
    public void Surname_only_and_possessive_mentions_join_the_full_name()
    {
        var doc = Analysed.Value;
        var varga = EntityNamed(doc, "Elena Varga");
        Assert.Equal(EntityType.Person, varga.Type);
        Assert.Equal(["Elena Varga", "Varga"], varga.Mentions.Select(i => doc.Mentions[i].Text));
        Assert.Contains("Foreign Minister", varga.Titles);

        var brandt = EntityNamed(doc, "Tomas Brandt");
        Assert.Equal(["Tomas Brandt", "Brandt"], brandt.Mentions.Select(i => doc.Mentions[i].Text));
        // "Brandt's": the possessive clitic is its own token and not part of the name.
        Assert.Equal("'s", doc.Tokens[MentionOf(doc, "Brandt").FirstToken + 1].Text);
    }

    [Fact]
    public void An_unambiguous_title_only_reference_joins_its_person()
    {
        var doc = Analysed.Value;
        var tarasenko = EntityNamed(doc, "Oleg Tarasenko");
        var texts = tarasenko.Mentions.Select(i => doc.Mentions[i].Text).ToList();
        Assert.Equal(["Oleg Tarasenko", "spokesman"], texts);
        var reference = doc.Mentions[tarasenko.Mentions[1]];
        SpanAssert.Covers(doc.Text, reference.Span, "spokesman");
    }

    [Fact]
    public void Places_and_organisations_are_typed()
    {
        var doc = Analysed.Value;
        Assert.Equal(EntityType.Location, MentionOf(doc, "Geneva").Type);
        Assert.Equal(EntityType.Location, MentionOf(doc, "Port Astra").Type);
        Assert.Equal(EntityType.Organization, MentionOf(doc, "United Nations").Type);
        Assert.Equal(EntityType.Misc, MentionOf(doc, "Veldorian").Type);
    }

    [Fact]
    public void A_person_name_inside_a_longer_span_is_split_off_when_the_article_names_that_person()
    {
        var doc = Analyse("Head of the Presidential Office Tomas Brandt led the delegation. Tomas Brandt spoke to reporters in Geneva.");
        var brandt = MentionOf(doc, "Tomas Brandt");
        Assert.Equal(EntityType.Person, brandt.Type);
        Assert.Equal("Head of the Presidential Office", brandt.Title);
        Assert.Single(doc.Entities, e => e.Name == "Tomas Brandt");
    }

    [Fact]
    public void An_article_without_names_gets_empty_layers()
    {
        var doc = Analyse("it rained all day and nobody went out.");
        Assert.Empty(doc.Mentions);
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_taken_for_names()
    {
        var doc = Analyse("Asked about the deal, Varga said the terms were fair. Despite the rain, crowds gathered outside the Kremlin on Sunday. " +
                          "Speaking from the Oval Office, the president thanked Congress. Many of the protesters were students from Kyiv.");
        foreach (var word in new[] { "Asked", "Despite", "Speaking", "Many" })
            Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains(word));
        Assert.Equal(EntityType.Location, MentionOf(doc, "Kyiv").Type);
        Assert.Equal(EntityType.Person, MentionOf(doc, "Varga").Type);
    }

    [Fact]
    public void Common_news_names_are_found_with_a_type()
    {
        var doc = Analyse("The White House said it would respond. NATO Secretary General Jens Halvorsen met allies in Brussels, and the U.S. sent a delegation.");
        Assert.Equal(EntityType.Organization, MentionOf(doc, "NATO").Type);
        Assert.Contains(doc.Mentions, m => m.Text == "U.S.");
        Assert.Contains(doc.Mentions, m => m.Text == "White House");
        Assert.Equal("NATO Secretary General", MentionOf(doc, "Jens Halvorsen").Title);
    }
}
