using Triangulate.Model;
using Triangulate.Model.Story;

namespace Triangulate.Tests.EndToEnd;

/// <summary>
/// The planted quote findings of the example story (examples/harbor-fire.md), end to end through the default
/// pipeline: the quote stage's speakers (named, "he said", "she stated") and the aligner's fidelity verdicts.
/// </summary>
public class HarborFireQuoteTests(HarborFireStory fixture) : IClassFixture<HarborFireStory>
{
    private StoryAnalysis Story => fixture.Story;

    private QuoteGroup GroupOf(string name) =>
        Story.Quotes.Single(g => g.Speaker is not null && g.Speaker.Contains(name, StringComparison.Ordinal) && g.Members.Length > 1);

    private static QuoteMember Member(QuoteGroup group, string article) => group.Members.Single(m => m.ArticleId == article);

    private Quote QuoteOf(QuoteMember member) => Story.Doc(member.ArticleId).Quotes[member.Quote];

    private string EntityId(string name) => Story.Entities.Single(e => e.Name.Contains(name, StringComparison.Ordinal)).Id;

    [Fact]
    public void Kovalenkos_quote_is_one_group_in_all_four_articles_judged_against_the_original()
    {
        var group = GroupOf("Kovalenko");
        Assert.Equal(EntityId("Kovalenko"), group.SpeakerEntity);
        Assert.Equal(["harbor-times", "bay-digest", "coastal-post", "river-gazette"], group.Members.Select(m => m.ArticleId));
        // The longer altered rendering must not become the yardstick: the three faithful outlets agree with the Times.
        Assert.Equal("harbor-times", group.ReferenceArticle);
    }

    [Fact]
    public void The_digests_altered_quote_is_divergent_and_the_group_says_so()
    {
        var group = GroupOf("Kovalenko");
        var digest = Member(group, "bay-digest");
        Assert.Equal(Fidelity.Divergent, digest.Fidelity);
        Assert.NotEmpty(digest.Added);
        Assert.Equal(Fidelity.Divergent, group.Verdict);
    }

    [Fact]
    public void Kovalenkos_quote_trimmed_to_one_sentence_is_trimmed_in_the_post_and_the_gazette()
    {
        var group = GroupOf("Kovalenko");
        Assert.Equal(Fidelity.Trimmed, Member(group, "coastal-post").Fidelity);
        Assert.Equal(Fidelity.Trimmed, Member(group, "river-gazette").Fidelity);
    }

    [Fact]
    public void He_said_in_the_gazette_is_resolved_to_Kovalenko()
    {
        var quote = QuoteOf(Member(GroupOf("Kovalenko"), "river-gazette"));
        Assert.Equal(SpeakerResolution.Pronoun, quote.Resolution);
        var doc = Story.Doc("river-gazette");
        Assert.Equal("he", quote.SpeakerSpan!.Value.TextOf(doc.Text), ignoreCase: true);
        Assert.Contains("Kovalenko", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void She_stated_in_the_digest_is_resolved_to_Marsh_and_her_words_are_verbatim_there_and_trimmed_in_the_post()
    {
        var group = GroupOf("Marsh");
        Assert.Equal(EntityId("Elena Marsh"), group.SpeakerEntity);
        var digest = Member(group, "bay-digest");
        Assert.Equal(Fidelity.Verbatim, digest.Fidelity);
        var quote = QuoteOf(digest);
        Assert.Equal(SpeakerResolution.Pronoun, quote.Resolution);
        Assert.Equal("stated", quote.Cue);
        Assert.Equal(Fidelity.Trimmed, Member(group, "coastal-post").Fidelity);
        Assert.Equal(Fidelity.Trimmed, group.Verdict);
    }
}
