using Triangulate.Extract.Claims;
using Triangulate.Extract.Entities;
using Triangulate.Extract.Quantities;
using Triangulate.Extract.Tags;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Claims;

/// <summary>The claim stage as the default pipeline runs it (tags, entities, quantities first), on fictional news sentences.</summary>
public class ClaimExtractorTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder { FailureMode = FailureMode.Throw }
        .Add(new SegmentStage(Tokenizer.Shared)).Add(new TagsStage()).Add(new EntitiesStage()).Add(new DefiniteReferenceStage())
        .Add(new QuantityStage()).Add(new ClaimExtractor()).Build();

    private static Doc Analyse(string text)
    {
        var doc = Pipeline.Run(new Article { Id = "fixture", Text = text, Origin = "fixture.txt" }).Doc!;
        foreach (var claim in doc.Claims) SpanAssert.Covers(text, claim.Span, claim.Text);
        return doc;
    }

    private static Claim ClaimWith(Doc doc, string words) => doc.Claims.Single(c => c.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_compound_sentence_gives_one_claim_per_clause()
    {
        var doc = Analyse("The council approved the new bridge budget on Monday, and the mayor said construction would start in May.");
        Assert.Equal(2, doc.Claims.Length);
        Assert.StartsWith("The council approved", doc.Claims[0].Text);
        Assert.StartsWith("and the mayor said", doc.Claims[1].Text);
    }

    [Fact]
    public void A_non_restrictive_relative_clause_is_a_claim_of_its_own()
    {
        var doc = Analyse("The ministry accepted the union's wage proposal, which includes a bonus for night shifts and a shorter working week.");
        Assert.Contains(doc.Claims, c => c.Text.StartsWith("The ministry accepted the union", StringComparison.Ordinal) && !c.Text.Contains("bonus"));
        Assert.Contains(doc.Claims, c => c.Text.StartsWith("which includes a bonus", StringComparison.Ordinal));
    }

    [Fact]
    public void A_modal_reported_after_a_saying_verb_hedges_the_claim()
    {
        var claim = ClaimWith(Analyse("Mayor Elena Marsh said the harbor could reopen on Thursday."), "harbor");
        Assert.Equal(Certainty.Hedged, claim.Certainty);
        Assert.Contains("could", claim.Cues);
    }

    [Fact]
    public void A_modal_in_a_trailing_subordinate_part_does_not_hedge_a_stated_fact()
    {
        var claim = ClaimWith(Analyse("The union accepted the offer on Friday in what could be the end of a long dispute."), "accepted");
        Assert.NotEqual(Certainty.Hedged, claim.Certainty);
    }

    [Fact]
    public void A_negated_verb_sets_polarity_and_records_the_negated_word()
    {
        var claim = ClaimWith(Analyse("The shipping company said the warehouse was not insured."), "insured");
        Assert.Equal(Polarity.Negative, claim.Polarity);
        Assert.Contains("insure", claim.Negated);
    }

    [Fact]
    public void A_stance_word_hedges_the_claim()
    {
        var claim = ClaimWith(Analyse("The union expressed its willingness to consider a four-day week."), "four-day");
        Assert.Equal(Certainty.Hedged, claim.Certainty);
    }

    [Fact]
    public void A_condition_makes_the_claim_conditional()
    {
        var claim = ClaimWith(Analyse("The ferry will run again on Friday if the storm passes."), "ferry");
        Assert.Equal(Certainty.Conditional, claim.Certainty);
    }

    [Fact]
    public void Claims_carry_their_numbers_and_a_question_is_not_a_claim()
    {
        var doc = Analyse("Is the harbor safe? At least 12 people were injured in the fire.");
        var claim = Assert.Single(doc.Claims);
        Assert.Contains("12 people", claim.Text);
        Assert.Single(claim.Quantities);
    }
}
