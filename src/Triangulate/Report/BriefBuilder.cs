using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Model.Story;
using Triangulate.Pipeline;

namespace Triangulate.Report;

/// <summary>
/// Writes the brief: what independent outlets agree on, what is disputed, what was said and how the
/// outlets rendered it, and what only one outlet reports — every sentence citing the articles (and spans)
/// it rests on. Sentences are the outlets' own words or say plainly who says what, so the brief never
/// asserts more than its sources do. Lengths are capped so a 200-article story still reads in a minute.
/// </summary>
public sealed class BriefBuilder : IStoryStage
{
    public string Name => "brief";

    public int MaxCorroborated { get; init; } = 6;
    public int MaxConflicts { get; init; } = 8;
    public int MaxQuotes { get; init; } = 4;
    public int MaxSingleSource { get; init; } = 5;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var paragraphs = ImmutableArray.CreateBuilder<ImmutableArray<BriefSentence>>();
        var corroborated = story.Claims.Where(c => c.Status == ClaimStatus.Corroborated)
            .OrderByDescending(c => Newsworthiness(story, c)).ThenBy(c => Order(story, c)).Take(MaxCorroborated)
            .OrderBy(c => Order(story, c)).ToList();
        if (corroborated.Count > 0)
            paragraphs.Add(corroborated.Select(c => ClaimSentence(story, c)).ToImmutableArray());

        var conflicts = story.Claims.Where(c => c.Status == ClaimStatus.Conflicting).Take(MaxConflicts).Select(c => ConflictSentence(story, c)).ToImmutableArray();
        if (conflicts.Length > 0) paragraphs.Add(conflicts);

        var quotes = story.Quotes.Where(q => q.Members.Length > 1 || q.Speaker is not null).Take(MaxQuotes).Select(q => QuoteSentence(story, q)).ToImmutableArray();
        if (quotes.Length > 0) paragraphs.Add(quotes);

        var single = story.Claims.Where(c => c.Status == ClaimStatus.SingleSource && c.IndependentSources == 1 && c.Entities.Length + QuantityCount(story, c) > 0)
            .OrderByDescending(c => c.Entities.Length + QuantityCount(story, c)).ThenBy(c => Order(story, c)).Take(MaxSingleSource)
            .OrderBy(c => Order(story, c)).Select(c => SingleSourceSentence(story, c)).ToImmutableArray();
        if (single.Length > 0) paragraphs.Add(single);

        var brief = new Brief
        {
            Headline = Headline(story),
            Paragraphs = paragraphs.ToImmutable(),
            Timeline = Timeline(story),
            Contributions = Contributions(story),
            OpenConflicts = conflicts,
        };
        return story with { Brief = brief };
    }

    /// <summary>
    /// How much a corroborated claim belongs in the brief: how many independent outlets state it, how near
    /// the top of their articles (news is written most important first), and whether it names someone or
    /// gives a number or date (background boilerplate does neither).
    /// </summary>
    private static double Newsworthiness(StoryAnalysis story, ClaimGroup c)
    {
        double lead = c.Members.Average(m =>
        {
            var doc = story.Doc(m.ArticleId);
            return doc.Sentences.Length <= 1 ? 0 : (double)doc.Claims[m.Claim].Sentence / (doc.Sentences.Length - 1);
        });
        var first = story.Doc(c.Members[0].ArticleId).Claims[c.Members[0].Claim];
        double substance = 1 + (c.Entities.Length > 0 ? 0.5 : 0) + (first.Quantities.Length + first.Dates.Length > 0 ? 0.5 : 0);
        return c.IndependentSources * (1.5 - lead) * substance;
    }

    private static (int, int) Order(StoryAnalysis story, ClaimGroup c) =>
        (story.Docs.IndexOf(story.Doc(c.Members[0].ArticleId)), c.Members[0].Span.Start);

    private static int QuantityCount(StoryAnalysis story, ClaimGroup c)
    {
        var m = c.Members[0];
        return story.Doc(m.ArticleId).Claims[m.Claim].Quantities.Length;
    }

    private static string Headline(StoryAnalysis story)
    {
        var titled = story.Docs.Where(d => d.Article.Title is not null).ToList();
        if (titled.Count > 0) return titled[0].Article.Title!;
        var top = story.Claims.FirstOrDefault(c => c.Status == ClaimStatus.Corroborated) ?? story.Claims.FirstOrDefault();
        return top is null ? "Untitled story" : Shorten(top.Members[0].Text, 90);
    }

    private static BriefSentence ClaimSentence(StoryAnalysis story, ClaimGroup group)
    {
        var lead = group.Members.First(m => m.Independent);
        return new BriefSentence(Sentence(lead.Text), Cite(group.Members.Where(m => m.Independent).Concat(group.Members.Where(m => !m.Independent)))) { Source = group.Id };
    }

    private static BriefSentence ConflictSentence(StoryAnalysis story, ClaimGroup group)
    {
        var conflict = group.Differences.First(d => d.IsConflict);
        string what = conflict.Kind switch
        {
            DifferenceKind.Number => "Accounts give different figures",
            DifferenceKind.Participant => "Accounts name different people or organisations",
            DifferenceKind.Polarity => "Accounts contradict each other",
            DifferenceKind.Certainty => "Accounts differ in certainty",
            _ => "Accounts differ",
        };
        var sides = group.Members.Take(3).Select(m => $"{Outlet(story, m.ArticleId)} reports “{Shorten(m.Text, 140)}”");
        string text = $"{what}: {string.Join("; ", sides)}.";
        return new BriefSentence(text, Cite(group.Members)) { Source = group.Id };
    }

    private static BriefSentence QuoteSentence(StoryAnalysis story, QuoteGroup group)
    {
        var reference = group.Members.First(m => m.ArticleId == group.ReferenceArticle);
        string speaker = group.Speaker ?? "An unnamed speaker";
        string text = $"{speaker} is quoted as saying “{Shorten(reference.Text, 160)}”";
        var divergent = group.Members.Where(m => m.Fidelity is Fidelity.Divergent or Fidelity.Edited).ToList();
        if (divergent.Count > 0)
            text += $"; {string.Join(" and ", divergent.Select(m => Outlet(story, m.ArticleId)).Distinct())} quote{(divergent.Count == 1 ? "s" : "")} different words: “{Shorten(divergent[0].Text, 120)}”";
        return new BriefSentence(text + ".", Cite(group.Members)) { Source = group.Id };
    }

    private static BriefSentence SingleSourceSentence(StoryAnalysis story, ClaimGroup group)
    {
        var m = group.Members.First(x => x.Independent);
        return new BriefSentence($"Only {Outlet(story, m.ArticleId)} reports: “{Shorten(Sentence(m.Text), 200)}”", Cite(group.Members)) { Source = group.Id };
    }

    private static ImmutableArray<TimelineEntry> Timeline(StoryAnalysis story)
    {
        var entries = new List<(string Date, string Text, ImmutableArray<Citation> Cites, int Order)>();
        var used = new HashSet<string>();
        foreach (var group in story.Claims)
        {
            foreach (var member in group.Members)
            {
                var doc = story.Doc(member.ArticleId);
                if (!doc.Has(Layer.Dates)) continue;
                var claim = doc.Claims[member.Claim];
                foreach (int d in claim.Dates)
                {
                    var date = doc.Dates[d];
                    if (date.Normalised is null || !used.Add($"{group.Id}|{date.Normalised}")) continue;
                    entries.Add((date.Normalised, Shorten(Sentence(member.Text), 160), Cite(group.Members), entries.Count));
                }
                break; // one member speaks for the group
            }
        }
        return entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Order)
            .Select(e => new TimelineEntry(e.Date, e.Text, e.Cites)).ToImmutableArray();
    }

    private static ImmutableArray<SourceContribution> Contributions(StoryAnalysis story) =>
        story.Docs.Select(doc => new SourceContribution(
            doc.Id,
            doc.Article.Source,
            story.Claims.Where(c => c.Members.Length == 1 && c.Members[0].ArticleId == doc.Id).Select(c => c.Id).ToImmutableArray(),
            story.Quotes.Where(q => q.Members.Length == 1 && q.Members[0].ArticleId == doc.Id).Select(q => q.Id).ToImmutableArray()))
        .ToImmutableArray();

    private static ImmutableArray<Citation> Cite(IEnumerable<ClaimMember> members) =>
        members.Select(m => new Citation(m.ArticleId, m.Span)).ToImmutableArray();

    private static ImmutableArray<Citation> Cite(IEnumerable<QuoteMember> members) =>
        members.Select(m => new Citation(m.ArticleId, m.Span)).ToImmutableArray();

    private static string Outlet(StoryAnalysis story, string articleId)
    {
        var article = story.Doc(articleId).Article;
        return string.IsNullOrEmpty(article.Source) || article.Source == articleId ? articleId : article.Source;
    }

    /// <summary>Ends the text as a sentence.</summary>
    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.Length > 0 && ".!?”\"’'".Contains(text[^1]) ? text : text + ".";
    }

    public static string Shorten(string text, int max)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max) return text;
        int cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':') + "…";
    }
}
