using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Compare.Quotes;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Tests.Fixtures;

namespace Triangulate.Tests.Compare;

public class QuoteAlignerTests
{
    private static StoryAnalysis Align(params Doc[] docs)
    {
        var story = new EntityResolver().Run(new StoryAnalysis { Docs = docs.ToImmutableArray() });
        return new QuoteAligner().Run(story);
    }

    private const string Full = "The fire spread through the roof in minutes. We were lucky that nobody died.";

    [Fact]
    public void A_rendering_contained_in_the_fuller_one_is_trimmed_and_the_same_words_are_verbatim()
    {
        var a = DocFactory.Article("a", $"“{Full}” Chief Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote(Full, "Lena Holt").Build(false);
        var b = DocFactory.Article("b", "“The fire spread through the roof in minutes,” said Lena Holt.").Entity("Lena Holt", EntityType.Person)
            .Quote("The fire spread through the roof in minutes,", "Lena Holt").Build(false);
        var c = DocFactory.Article("c", $"Holt said: “{Full}”").Entity("Holt", EntityType.Person, "Lena Holt").Quote(Full, "Lena Holt").Build(false);
        var group = Assert.Single(Align(a, b, c).Quotes);
        Assert.Equal("a", group.ReferenceArticle);
        Assert.Equal([Fidelity.Verbatim, Fidelity.Trimmed, Fidelity.Verbatim], group.Members.Select(m => m.Fidelity));
        Assert.Equal(Fidelity.Trimmed, group.Verdict);
        Assert.Equal("Lena Holt", group.Speaker);
    }

    [Fact]
    public void A_word_swapped_inside_the_marks_is_an_edit_with_the_changed_words()
    {
        var a = DocFactory.Article("a", $"“{Full}” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote(Full, "Lena Holt").Build(false);
        const string edited = "The fire spread across the roof in minutes. We were lucky that nobody died.";
        var b = DocFactory.Article("b", $"“{edited}” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote(edited, "Lena Holt").Build(false);
        var group = Assert.Single(Align(a, b).Quotes);
        var member = group.Members.Single(m => m.ArticleId == "b");
        Assert.Equal(Fidelity.Edited, member.Fidelity);
        Assert.Equal(["across"], member.Added.ToArray());
        Assert.Equal(["through"], member.Removed.ToArray());
    }

    [Fact]
    public void Same_speaker_different_words_in_the_same_passage_is_divergent()
    {
        var a = DocFactory.Article("a", "Officials will present the harbor plan to the council next week. “The ball is in their court,” Mayor Elena Marsh said. Council members meet on Friday.")
            .Entity("Elena Marsh", EntityType.Person).Quote("The ball is in their court,", "Elena Marsh").Build(false);
        var b = DocFactory.Article("b", "The city will present its harbor plan to the council. “The decision now rests with the council members,” Marsh remarked. Council members meet Friday.")
            .Entity("Marsh", EntityType.Person, "Elena Marsh").Quote("The decision now rests with the council members,", "Elena Marsh").Build(false);
        var group = Assert.Single(Align(a, b).Quotes);
        Assert.Equal(Fidelity.Divergent, group.Verdict);
        Assert.Equal(2, group.Members.Length);
    }

    [Fact]
    public void Same_speaker_reworded_quotes_among_few_shared_context_words_align_when_each_is_the_others_best_match()
    {
        // The passages share little besides the speaker and the ferry: below the plain context threshold, yet nothing
        // else Marsh says in the other article fits better, so the two renderings are one statement.
        var a = DocFactory.Article("a", "Speaking at the quay, Marsh said the town would send Westbay its ferry offer and that “the ball is in their court.” "
                + "Harbor workers cheered the plan. “We have waited for years for this vote,” Marsh said.")
            .Entity("Marsh", EntityType.Person, "Elena Marsh")
            .Quote("the ball is in their court.", "Elena Marsh").Quote("We have waited for years for this vote,", "Elena Marsh").Build(false);
        var b = DocFactory.Article("b", "Officials in Westbay have not answered yet. Marsh indicated the ferry offer would be delivered soon. "
                + "“The decision now rests with them to accept or decline,” she remarked.")
            .Entity("Marsh", EntityType.Person, "Elena Marsh").Quote("The decision now rests with them to accept or decline,", "Elena Marsh").Build(false);
        var story = Align(a, b);
        var group = Assert.Single(story.Quotes, g => g.Members.Length == 2);
        Assert.Equal(Fidelity.Divergent, group.Verdict);
        Assert.Contains(group.Members, m => m.Text.StartsWith("the ball", StringComparison.Ordinal));
        // The mutual-best rule is what aligns them: without it they stay apart.
        var strict = new QuoteAligner { MutualContextFloor = 1.0 }.Run(new EntityResolver().Run(new StoryAnalysis { Docs = [a, b] }));
        Assert.All(strict.Quotes, g => Assert.Single(g.Members));
    }

    [Fact]
    public void The_reference_is_the_rendering_the_others_agree_with_not_a_longer_rewrite()
    {
        const string rewrite = "The blaze moved across the roof within minutes. It was fortunate that nobody lost their life that night.";
        var a = DocFactory.Article("a", $"“{Full}” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote(Full, "Lena Holt").Build(false);
        var b = DocFactory.Article("b", $"“{rewrite}” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote(rewrite, "Lena Holt").Build(false);
        var c = DocFactory.Article("c", "“The fire spread through the roof in minutes,” said Lena Holt.").Entity("Lena Holt", EntityType.Person)
            .Quote("The fire spread through the roof in minutes,", "Lena Holt").Build(false);
        var group = Assert.Single(Align(a, b, c).Quotes);
        Assert.Equal("a", group.ReferenceArticle);
        Assert.Equal([Fidelity.Verbatim, Fidelity.Divergent, Fidelity.Trimmed], group.Members.Select(m => m.Fidelity));
    }

    [Fact]
    public void Quotes_of_different_speakers_are_never_aligned()
    {
        var a = DocFactory.Article("a", "“We will rebuild the east dock,” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote("We will rebuild the east dock,", "Lena Holt").Build(false);
        var b = DocFactory.Article("b", "“We will rebuild the east dock,” Ivan Petrov said.").Entity("Ivan Petrov", EntityType.Person).Quote("We will rebuild the east dock,", "Ivan Petrov").Build(false);
        var story = Align(a, b);
        Assert.Equal(2, story.Quotes.Length);
        Assert.All(story.Quotes, q => Assert.Equal(Fidelity.Single, q.Verdict));
    }
}
