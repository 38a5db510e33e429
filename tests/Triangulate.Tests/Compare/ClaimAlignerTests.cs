using System.Collections.Immutable;
using Triangulate.Compare.Claims;
using Triangulate.Compare.Entities;
using Triangulate.Extract.Claims;
using Triangulate.Extract.Quantities;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Tests.Fixtures;

namespace Triangulate.Tests.Compare;

public class ClaimAlignerTests
{
    private static StoryAnalysis Align(IEnumerable<Doc> docs, params SetAsideArticle[] setAside)
    {
        var story = new EntityResolver().Run(new StoryAnalysis { Docs = docs.ToImmutableArray(), SetAside = setAside.ToImmutableArray() });
        return new ClaimAligner().Run(story);
    }

    private static ClaimGroup GroupOf(StoryAnalysis story, string articleId, string words) =>
        story.Claims.Single(c => c.Members.Any(m => m.ArticleId == articleId && m.Text.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void The_same_statement_in_two_independent_articles_is_corroborated_citing_both()
    {
        var a = DocFactory.Article("a", "Ferry services to Gull Island were suspended on Tuesday after the warehouse fire.").Build();
        var b = DocFactory.Article("b", "The warehouse fire led to ferry services to Gull Island being suspended on Tuesday.").Build();
        var group = GroupOf(Align([a, b]), "a", "Ferry");
        Assert.Equal(ClaimStatus.Corroborated, group.Status);
        Assert.Equal(2, group.IndependentSources);
        Assert.Equal(["a", "b"], group.Members.Select(m => m.ArticleId));
        foreach (var m in group.Members) SpanAssert.Covers((m.ArticleId == "a" ? a : b).Text, m.Span, m.Text);
    }

    [Fact]
    public void A_rewrite_set_aside_as_derived_does_not_corroborate_its_source()
    {
        var a = DocFactory.Article("a", "Ferry services to Gull Island were suspended on Tuesday after the warehouse fire.").Build();
        var b = DocFactory.Article("b", "Ferry services to Gull Island were halted on Tuesday following the warehouse fire.").Build();
        var group = GroupOf(Align([a, b], new SetAsideArticle("b", "a", "paraphrase rewrite", "same sentences reworded")), "a", "Ferry");
        Assert.Equal(ClaimStatus.SingleSource, group.Status);
        Assert.Equal(1, group.IndependentSources);
        var derived = group.Members.Single(m => m.ArticleId == "b");
        Assert.False(derived.Independent);
        Assert.Equal("a", derived.DerivedFrom);
    }

    [Fact]
    public void Affirming_and_negating_the_same_statement_is_a_polarity_conflict()
    {
        var a = DocFactory.Article("a", "The Alder Shipping Company said the warehouse building was insured against fire.").Entity("Alder Shipping Company", EntityType.Organization).Build();
        var b = DocFactory.Article("b", "The Alder Shipping Company said the warehouse building was not insured against fire.").Entity("Alder Shipping Company", EntityType.Organization).Build();
        var group = GroupOf(Align([a, b]), "a", "insured");
        Assert.Equal(ClaimStatus.Conflicting, group.Status);
        var difference = Assert.Single(group.Differences);
        Assert.Equal(DifferenceKind.Polarity, difference.Kind);
    }

    [Fact]
    public void A_hedged_or_conditional_rendering_of_a_firm_statement_is_a_certainty_conflict()
    {
        var a = DocFactory.Article("a", "Mayor Elena Marsh said the harbor will reopen on Thursday morning.").Entity("Elena Marsh", EntityType.Person).Build();
        var b = DocFactory.Article("b", "Mayor Elena Marsh said the harbor could reopen on Thursday morning if inspectors approve.").Entity("Elena Marsh", EntityType.Person).Build();
        var group = GroupOf(Align([a, b]), "a", "reopen");
        Assert.Equal(ClaimStatus.Conflicting, group.Status);
        var difference = Assert.Single(group.Differences);
        Assert.Equal(DifferenceKind.Certainty, difference.Kind);
        Assert.Contains("\"could\"", difference.Description);
    }

    [Fact]
    public void Different_people_in_the_same_role_are_a_participant_conflict()
    {
        var a = DocFactory.Article("a", "Deputy Fire Chief Maria Lund led the firefighting operation at the harbor, the department said.").Entity("Maria Lund", EntityType.Person).Build();
        var b = DocFactory.Article("b", "Fire Chief Dmitri Kovalenko led the firefighting operation at the harbor himself, the department said.").Entity("Dmitri Kovalenko", EntityType.Person).Build();
        var group = GroupOf(Align([a, b]), "a", "led the firefighting");
        Assert.Equal(ClaimStatus.Conflicting, group.Status);
        var difference = Assert.Single(group.Differences);
        Assert.Equal(DifferenceKind.Participant, difference.Kind);
        Assert.Contains("Maria Lund", difference.Description);
        Assert.Contains("Dmitri Kovalenko", difference.Description);
    }

    [Fact]
    public void Unrelated_statements_stay_single_source()
    {
        var a = DocFactory.Article("a", "About 300 residents were evacuated from nearby streets overnight.").Build();
        var b = DocFactory.Article("b", "Two of the injured remain in serious condition at the city hospital.").Build();
        var story = Align([a, b]);
        Assert.Equal(2, story.Claims.Length);
        Assert.All(story.Claims, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
    }

    [Fact]
    public void A_fact_folded_into_a_longer_sentence_elsewhere_is_corroborated()
    {
        var a = DocFactory.Article("a", "On Wednesday the city council voted to restore free night buses to the harbor district during a heated meeting that ran past midnight.").Build();
        var b = DocFactory.Article("b", "Councillors agreed to restore free night buses to the harbor district.").Build();
        var group = GroupOf(Align([a, b]), "b", "night buses");
        Assert.Equal(ClaimStatus.Corroborated, group.Status);
        Assert.Equal(["a", "b"], group.Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void One_number_clash_is_reported_once_whichever_articles_repeat_it()
    {
        // Numbers come from the quantity stage, which DocFactory leaves out; run it before the claims.
        var docs = new[]
        {
            ("a", "Firefighters fought the warehouse blaze for six hours on Monday."),
            ("b", "Firefighters fought the warehouse blaze for four hours on Monday."),
            ("c", "Firefighters fought the warehouse blaze for six hours on Monday night."),
        }.Select(x => new ClaimExtractor().Run(new QuantityStage().Run(DocFactory.Article(x.Item1, x.Item2).Build(withClaims: false)))).ToArray();
        var group = GroupOf(Align(docs), "a", "six hours");
        Assert.Equal(ClaimStatus.Conflicting, group.Status);
        Assert.Single(group.Differences, d => d.Kind == DifferenceKind.Number);
    }
}
