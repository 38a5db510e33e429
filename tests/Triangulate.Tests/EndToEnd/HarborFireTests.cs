using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Tests.EndToEnd;

/// <summary>The bundled example story (examples/harbor-fire, described in examples/harbor-fire.md) read from its
/// four files and analysed by the default pipeline, once for all tests of this class.</summary>
public sealed class HarborFireStory
{
    public HarborFireStory()
    {
        string folder = Path.Combine(RepositoryRoot(), "examples", "harbor-fire");
        var read = Ingestor.Default().Read([folder]).ToList();
        Assert.All(read, r => Assert.Null(r.Error));
        Result = DefaultPipeline.Create().BuildAnalyzer().Analyze(read.Select(r => r.Article!).ToList());
        Story = Result.Story;
    }

    public AnalysisResult Result { get; }
    public StoryAnalysis Story { get; }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Triangulate.slnx) not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// The planted findings of the example story, end to end: what examples/harbor-fire.md promises a user sees.
/// Each assertion names the finding; the text of the articles is the project's own fiction.
/// </summary>
public class HarborFireTests(HarborFireStory fixture) : IClassFixture<HarborFireStory>
{
    private StoryAnalysis Story => fixture.Story;

    private StoryEntity Entity(string name) => Story.Entities.Single(e => e.Name.Contains(name, StringComparison.Ordinal));

    private ClaimGroup ClaimWith(string article, string words) =>
        Story.Claims.Single(c => c.Members.Any(m => m.ArticleId == article && m.Text.Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void All_four_articles_are_read_in_publication_order()
    {
        Assert.Empty(fixture.Result.Errors);
        Assert.Equal(["harbor-times", "bay-digest", "coastal-post", "river-gazette"], Story.Docs.Select(d => d.Id));
    }

    [Fact]
    public void Kovalenko_is_one_person_under_both_spellings_with_his_title()
    {
        var chief = Entity("Kovalenko");
        Assert.Equal(EntityType.Person, chief.Type);
        Assert.Contains(chief.Forms, f => f.Text == "Dmitry Kovalenko" && f.Articles.SequenceEqual(["coastal-post"]));
        Assert.Contains(chief.Forms, f => f.Text.Contains("Dmitri", StringComparison.Ordinal));
        Assert.Contains(chief.Titles, t => t.Contains("Fire Chief", StringComparison.Ordinal));
        Assert.Equal(4, chief.Articles.Length);
    }

    [Fact]
    public void The_other_planted_entities_are_found_with_their_types()
    {
        Assert.Equal(EntityType.Person, Entity("Elena Marsh").Type);
        Assert.Equal(EntityType.Person, Entity("Maria Lund").Type);
        Assert.Equal(EntityType.Person, Entity("Paul Adeyemi").Type);
        Assert.Equal(EntityType.Organization, Entity("Alder Shipping").Type);
        Assert.Contains(Story.Entities, e => e.Name.Contains("Gull Island", StringComparison.Ordinal));
        Assert.Contains(Story.Entities, e => e.Name.Contains("Brendan Hospital", StringComparison.Ordinal));
    }

    [Fact]
    public void The_digest_is_set_aside_as_a_rewrite_of_the_times()
    {
        var setAside = Assert.Single(Story.SetAside);
        Assert.Equal("bay-digest", setAside.ArticleId);
        Assert.Equal("harbor-times", setAside.DerivedFrom);
        var edge = Story.Derivations.Single(e => e.IsDerived);
        Assert.Equal("harbor-times", edge.Source);
        Assert.Equal("bay-digest", edge.Derived);
        Assert.Equal(["harbor-times", "coastal-post", "river-gazette"], Story.IndependentArticles);
    }

    [Fact]
    public void The_fire_itself_is_corroborated_by_independent_outlets_only()
    {
        var fire = ClaimWith("harbor-times", "tore through a warehouse");
        Assert.Equal(ClaimStatus.Corroborated, fire.Status);
        Assert.Equal(2, fire.IndependentSources);
        Assert.Contains(fire.Members, m => m.ArticleId == "coastal-post");
        Assert.False(fire.Members.Single(m => m.ArticleId == "bay-digest").Independent);
    }

    [Fact]
    public void The_burn_time_is_a_number_conflict_six_against_four_hours()
    {
        var burn = ClaimWith("coastal-post", "four hours");
        Assert.Equal(ClaimStatus.Conflicting, burn.Status);
        var clash = Assert.Single(burn.Differences, d => d.Kind == DifferenceKind.Number);
        Assert.Contains(clash.Sides, s => s.Text == "four hours");
        Assert.Contains(clash.Sides, s => s.Text == "six hours");
        // About 40 and more than 40 firefighters can both be true.
        Assert.DoesNotContain(burn.Differences, d => d.Kind == DifferenceKind.Number && d.Sides.Any(s => s.Text.Contains("40", StringComparison.Ordinal)));
    }

    [Fact]
    public void Whether_the_warehouse_was_insured_is_a_polarity_conflict()
    {
        var insured = ClaimWith("river-gazette", "not insured");
        Assert.Equal(ClaimStatus.Conflicting, insured.Status);
        Assert.Contains(insured.Differences, d => d.Kind == DifferenceKind.Polarity);
        Assert.Contains(insured.Members, m => m.ArticleId == "harbor-times");
    }

    [Fact]
    public void Who_led_the_operation_is_a_participant_conflict()
    {
        var led = ClaimWith("coastal-post", "Maria Lund led");
        Assert.Equal(ClaimStatus.Conflicting, led.Status);
        Assert.Contains(led.Differences, d => d.Kind == DifferenceKind.Participant);
        Assert.Contains(led.Members, m => m.ArticleId == "river-gazette");
    }

    [Fact]
    public void A_conditional_reopening_against_a_firm_one_is_a_certainty_conflict()
    {
        var reopen = ClaimWith("coastal-post", "could reopen");
        Assert.Equal(ClaimStatus.Conflicting, reopen.Status);
        Assert.Contains(reopen.Differences, d => d.Kind == DifferenceKind.Certainty);
        Assert.Contains(reopen.Members, m => m.ArticleId == "harbor-times");
    }

    [Fact]
    public void The_rising_injury_count_is_an_update_not_a_conflict()
    {
        var injured = ClaimWith("harbor-times", "at least 12 people");
        Assert.NotEqual(ClaimStatus.Conflicting, injured.Status);
        Assert.Contains(injured.Differences, d => d.Kind == DifferenceKind.Update && d.Sides.Any(s => s.ArticleId == "river-gazette"));
        Assert.Contains(injured.Differences, d => d.Kind == DifferenceKind.CompatibleNumbers);
        Assert.DoesNotContain(injured.Differences, d => d.Kind == DifferenceKind.Number);
    }

    [Fact]
    public void Exactly_the_planted_conflicts_are_reported()
    {
        var kinds = Story.Claims.Where(c => c.Status == ClaimStatus.Conflicting)
            .SelectMany(c => c.Differences.Where(d => d.IsConflict)).Select(d => d.Kind).Order().ToArray();
        DifferenceKind[] planted = [DifferenceKind.Number, DifferenceKind.Polarity, DifferenceKind.Participant, DifferenceKind.Certainty];
        Assert.Equal(planted.Order().ToArray(), kinds);
    }

    [Fact]
    public void Single_source_facts_stay_single_source()
    {
        Assert.Equal(ClaimStatus.SingleSource, ClaimWith("coastal-post", "300 residents").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimWith("river-gazette", "second warehouse").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimWith("river-gazette", "serious condition").Status);
    }

    [Fact]
    public void Relative_days_are_normalised_against_publication()
    {
        var times = Story.Doc("harbor-times");
        Assert.Contains(times.Dates, d => d.Text.Contains("Monday night", StringComparison.Ordinal) && d.Normalised == "2025-06-09");
        var gazette = Story.Doc("river-gazette");
        Assert.Contains(gazette.Dates, d => d.Text == "Thursday" && d.Normalised == "2025-06-12");
    }

    [Fact]
    public void Every_claim_member_span_points_at_its_text_in_the_original_article()
    {
        foreach (var group in Story.Claims)
            foreach (var member in group.Members)
                SpanAssert.Covers(Story.Doc(member.ArticleId).Text, member.Span, member.Text);
    }
}
