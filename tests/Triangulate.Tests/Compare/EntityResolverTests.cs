using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Tests.Fixtures;

namespace Triangulate.Tests.Compare;

public class EntityResolverTests
{
    private static StoryAnalysis Resolve(params Doc[] docs) => new EntityResolver().Run(new StoryAnalysis { Docs = docs.ToImmutableArray() });

    [Fact]
    public void Spelling_variants_across_outlets_are_one_person()
    {
        var a = DocFactory.Article("a", "Fire Chief Dmitri Kovalenko spoke. Kovalenko left.")
            .Entity("Dmitri Kovalenko", EntityType.Person).Entity("Kovalenko", EntityType.Person, "Dmitri Kovalenko").Build(false);
        var b = DocFactory.Article("b", "Chief Dmitry Kovalenko spoke on Monday.").Entity("Dmitry Kovalenko", EntityType.Person).Build(false);
        var story = Resolve(a, b);
        var kovalenko = Assert.Single(story.Entities);
        Assert.Equal(["a", "b"], kovalenko.Articles.ToArray());
        Assert.Contains(kovalenko.Forms, f => f.Text == "Dmitry Kovalenko" && f.Articles.SequenceEqual(["b"]));
        Assert.Equal(3, kovalenko.Mentions.Length);
    }

    [Fact]
    public void A_surname_alone_joins_the_only_person_with_that_surname()
    {
        var a = DocFactory.Article("a", "Mayor Elena Marsh spoke at noon.").Entity("Elena Marsh", EntityType.Person).Build(false);
        var b = DocFactory.Article("b", "Marsh said the harbor will reopen.").Entity("Marsh", EntityType.Person).Build(false);
        Assert.Single(Resolve(a, b).Entities);
    }

    [Fact]
    public void People_who_share_only_a_surname_stay_apart_and_an_ambiguous_surname_joins_neither()
    {
        var a = DocFactory.Article("a", "Anna Lund met Maria Lund on Monday.")
            .Entity("Anna Lund", EntityType.Person).Entity("Maria Lund", EntityType.Person).Build(false);
        var b = DocFactory.Article("b", "Lund declined to comment.").Entity("Lund", EntityType.Person).Build(false);
        var story = Resolve(a, b);
        Assert.Equal(3, story.Entities.Length);
    }

    [Fact]
    public void Organisations_meet_through_their_acronym_and_a_tagger_type_slip()
    {
        var a = DocFactory.Article("a", "The North Atlantic Treaty Organization met. The Kremlin objected.")
            .Entity("North Atlantic Treaty Organization", EntityType.Organization).Entity("Kremlin", EntityType.Organization).Build(false);
        var b = DocFactory.Article("b", "NATO met in Brussels while the Kremlin objected.")
            .Entity("NATO", EntityType.Organization).Entity("Kremlin", EntityType.Location).Build(false);
        var story = Resolve(a, b);
        Assert.Equal(2, story.Entities.Length);
        Assert.All(story.Entities, e => Assert.Equal(["a", "b"], e.Articles.ToArray()));
        Assert.Contains(story.Entities, e => e.Name == "North Atlantic Treaty Organization");
    }

    [Fact]
    public void A_country_in_its_conventional_short_name_is_the_same_place()
    {
        var a = DocFactory.Article("a", "The United States offered talks.").Entity("United States", EntityType.Location).Build(false);
        var b = DocFactory.Article("b", "America offered talks.").Entity("America", EntityType.Location).Build(false);
        var place = Assert.Single(Resolve(a, b).Entities);
        Assert.Equal(["a", "b"], place.Articles.ToArray());
    }

    [Fact]
    public void A_name_read_with_words_of_a_title_in_front_still_joins_the_person_and_keeps_the_persons_name()
    {
        var a = DocFactory.Article("a", "Karl Osten spoke. Osten left.").Entity("Karl Osten", EntityType.Person).Build(false);
        var b = DocFactory.Article("b", "Head of the Harbor Office Karl Osten spoke.").Entity("Harbor Office Karl Osten", EntityType.Organization).Build(false);
        var osten = Assert.Single(Resolve(a, b).Entities);
        Assert.Equal(EntityType.Person, osten.Type);
        Assert.Equal("Karl Osten", osten.Name);
        Assert.Equal(["a", "b"], osten.Articles.ToArray());
    }
}
