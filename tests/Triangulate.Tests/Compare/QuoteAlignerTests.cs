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
    public void Quotes_of_different_speakers_are_never_aligned()
    {
        var a = DocFactory.Article("a", "“We will rebuild the east dock,” Lena Holt said.").Entity("Lena Holt", EntityType.Person).Quote("We will rebuild the east dock,", "Lena Holt").Build(false);
        var b = DocFactory.Article("b", "“We will rebuild the east dock,” Ivan Petrov said.").Entity("Ivan Petrov", EntityType.Person).Quote("We will rebuild the east dock,", "Ivan Petrov").Build(false);
        var story = Align(a, b);
        Assert.Equal(2, story.Quotes.Length);
        Assert.All(story.Quotes, q => Assert.Equal(Fidelity.Single, q.Verdict));
    }
}
