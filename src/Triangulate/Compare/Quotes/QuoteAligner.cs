using System.Collections.Immutable;
using Triangulate.Compare.Entities;
using Triangulate.Model.Story;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Compare.Quotes;

/// <summary>
/// Aligns quotations across articles and judges each rendering's fidelity. Two quotes are one statement
/// when they share most of their words in order (a trimmed rendering is contained in the fuller one), or,
/// for the same speaker, when the passages around them say the same thing — which is how a quote
/// rewritten into different words ("the ball is in their court" / "the decision rests with them") is
/// still found and shown as divergent.
/// </summary>
public sealed class QuoteAligner(Lemmatizer lemmatizer) : IStoryStage
{
    public QuoteAligner() : this(Lemmatizer.Shared) { }

    public string Name => "quotes";

    /// <summary>Share of the shorter quote's words that must appear, in order, in the other.</summary>
    public double WordThreshold { get; init; } = 0.5;

    /// <summary>Context similarity needed to align same-speaker quotes whose words differ.</summary>
    public double ContextThreshold { get; init; } = 0.3;

    /// <summary>An edited rendering keeps at least this share of its words from the reference.</summary>
    private const double EditedShare = 0.6;

    public StoryAnalysis Run(StoryAnalysis story)
    {
        var items = QuoteItem.Collect(story, new EntityIndex(story), lemmatizer);
        var contextWeights = ContextWeights(items);
        var edges = new List<(int A, int B, double Score)>();
        var weak = new List<(int A, int B, double Context)>();
        for (int a = 0; a < items.Count; a++)
            for (int b = a + 1; b < items.Count; b++)
            {
                if (items[a].DocIndex == items[b].DocIndex) continue;
                if (Score(items[a], items[b], contextWeights) is { } score) edges.Add((a, b, score));
                else if (SameSpeakerContext(items[a], items[b], contextWeights) is { } context) weak.Add((a, b, context));
            }
        edges.AddRange(MutualBest(items, weak));

        var groups = Grouping.Greedy(items.Count, edges, i => items[i].DocIndex);
        var result = groups.Select(g => BuildGroup(story, g.Select(i => items[i]).ToList())).ToList();
        var ordered = result
            .OrderBy(g => g.Verdict == Fidelity.Single ? 1 : 0)
            .ThenByDescending(g => g.Verdict)
            .ThenByDescending(g => g.Members.Length)
            .ThenBy(g => story.Docs.IndexOf(story.Doc(g.Members[0].ArticleId)))
            .ThenBy(g => g.Members[0].Span.Start)
            .Select((g, i) => g with { Id = $"Q{i + 1}" })
            .ToImmutableArray();
        return story with { Quotes = ordered };
    }

    private double? Score(QuoteItem a, QuoteItem b, Dictionary<string, double> weights)
    {
        bool sameSpeaker = a.SpeakerId is not null && a.SpeakerId == b.SpeakerId;
        bool differentSpeakers = a.SpeakerId is not null && b.SpeakerId is not null && a.SpeakerId != b.SpeakerId;
        if (differentSpeakers) return null;

        int shorter = Math.Min(a.Words.Length, b.Words.Length);
        int lcs = WordSequence.Lcs(a.Words, b.Words);
        double wordShare = (double)lcs / shorter;
        // Very short quotes ("ready", "positive") only align word-for-word and with the same speaker.
        if (lcs >= 3 || (lcs == shorter && sameSpeaker))
        {
            if (wordShare >= WordThreshold) return 1 + wordShare + (sameSpeaker ? 0.5 : 0);
        }
        if (!sameSpeaker || shorter < 3) return null;
        double context = Dice(a.Context, b.Context, weights);
        return context >= ContextThreshold ? context : null;
    }

    /// <summary>Context similarity of two quotes by the same speaker that share too few words to align by them.</summary>
    private static double? SameSpeakerContext(QuoteItem a, QuoteItem b, Dictionary<string, double> weights)
    {
        if (a.SpeakerId is null || a.SpeakerId != b.SpeakerId || Math.Min(a.Words.Length, b.Words.Length) < 3) return null;
        return Dice(a.Context, b.Context, weights);
    }

    /// <summary>
    /// Same-speaker pairs below the context threshold that still align: each is the other's most similar quote by
    /// that speaker in the other article, with at least <see cref="MutualContextFloor"/>. One outlet's "the ball is
    /// in their court" and another's rewrite of it sit among different sentences, so their contexts overlap less
    /// than two renderings of one sentence, yet nothing else the speaker said in the other article fits better.
    /// </summary>
    private IEnumerable<(int A, int B, double Score)> MutualBest(List<QuoteItem> items, List<(int A, int B, double Context)> weak)
    {
        var best = new Dictionary<(int Item, int Doc), double>();
        foreach (var (a, b, c) in weak)
        {
            best[(a, items[b].DocIndex)] = Math.Max(best.GetValueOrDefault((a, items[b].DocIndex)), c);
            best[(b, items[a].DocIndex)] = Math.Max(best.GetValueOrDefault((b, items[a].DocIndex)), c);
        }
        foreach (var (a, b, c) in weak)
            if (c >= MutualContextFloor && c >= best[(a, items[b].DocIndex)] && c >= best[(b, items[a].DocIndex)]) yield return (a, b, c);
    }

    /// <summary>Least context similarity for a mutual-best same-speaker pair (<see cref="MutualBest"/>).</summary>
    public double MutualContextFloor { get; init; } = 0.2;

    private static Dictionary<string, double> ContextWeights(List<QuoteItem> items)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
            foreach (var w in item.Context) df[w] = df.GetValueOrDefault(w) + 1;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((items.Count + 1.0) / (kv.Value + 0.5)), StringComparer.Ordinal);
    }

    private static double Dice(ImmutableArray<string> a, ImmutableArray<string> b, Dictionary<string, double> weights)
    {
        double shared = 0, total = 0;
        var setB = b.ToHashSet(StringComparer.Ordinal);
        foreach (var w in a)
        {
            double weight = weights.GetValueOrDefault(w, 1);
            total += weight;
            if (setB.Contains(w)) shared += weight;
        }
        foreach (var w in b) total += weights.GetValueOrDefault(w, 1);
        return total == 0 ? 0 : 2 * shared / total;
    }

    private static QuoteGroup BuildGroup(StoryAnalysis story, List<QuoteItem> members)
    {
        members = members.OrderBy(m => m.DocIndex).ToList();
        // The reference is the rendering the others agree with most (the most words shared in order with the rest),
        // then the fullest, then the earliest: with three outlets quoting a speaker faithfully and a fourth rewriting
        // the quote at greater length, the rewrite must not become the yardstick the faithful ones are judged by.
        var reference = members
            .OrderByDescending(m => members.Where(o => !ReferenceEquals(o, m)).Sum(o => WordSequence.Lcs(m.Words, o.Words)))
            .ThenByDescending(m => m.Words.Length)
            .ThenBy(m => m.DocIndex)
            .First();
        var quoteMembers = members.Select(m => Judge(m, reference, members.Count)).ToImmutableArray();
        var verdict = members.Count == 1 ? Fidelity.Single : quoteMembers.Max(m => m.Fidelity);
        var speaker = members.FirstOrDefault(m => m.SpeakerId is not null);
        string? speakerName = speaker is null ? members.Select(m => m.Quote.Speaker).FirstOrDefault(s => s is not null)
            : story.Entities.First(e => e.Id == speaker.SpeakerId).Name;
        return new QuoteGroup
        {
            Id = "",
            SpeakerEntity = speaker?.SpeakerId,
            Speaker = speakerName,
            ReferenceArticle = reference.Doc.Id,
            Members = quoteMembers,
            Verdict = verdict,
        };
    }

    private static QuoteMember Judge(QuoteItem member, QuoteItem reference, int groupSize)
    {
        var fidelity = Fidelity.Verbatim;
        var removed = ImmutableArray<string>.Empty;
        var added = ImmutableArray<string>.Empty;
        double overlap = 1;
        if (groupSize == 1) fidelity = Fidelity.Single;
        else if (!ReferenceEquals(member, reference) && !member.Words.SequenceEqual(reference.Words))
        {
            var inMember = new bool[member.Words.Length];
            var inReference = new bool[reference.Words.Length];
            int lcs = WordSequence.Lcs(member.Words, reference.Words, inMember, inReference);
            overlap = (double)lcs / reference.Words.Length;
            if (lcs == member.Words.Length) fidelity = Fidelity.Trimmed;
            else if ((double)lcs / member.Words.Length >= EditedShare) fidelity = Fidelity.Edited;
            else fidelity = Fidelity.Divergent;
            added = member.Words.Where((_, i) => !inMember[i]).ToImmutableArray();
            // For a trimmed rendering, what was left out is plain from the texts; list removed words for edits.
            removed = fidelity == Fidelity.Trimmed ? [] : reference.Words.Where((_, i) => !inReference[i]).ToImmutableArray();
        }
        return new QuoteMember
        {
            ArticleId = member.Doc.Id,
            Quote = member.Index,
            Span = member.Quote.Span,
            Text = member.Quote.Text,
            Speaker = member.Quote.Speaker,
            Fidelity = fidelity,
            WordOverlap = Math.Round(overlap, 3),
            Removed = removed,
            Added = added,
        };
    }
}
