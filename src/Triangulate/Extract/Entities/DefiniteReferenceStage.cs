using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Links definite descriptions to the organisation they stand for: "the company" after "the Alder Shipping
/// Company", "the department" after "the Port Alder Fire Department", "the ministry" after "the Ministry of
/// Defence". The head noun must be a word of an organisation named earlier in the article, and the most recent
/// such organisation wins. News writes the full name once and the head noun after, so without this a claim made
/// by "the company" would not meet the same claim made by "Alder Shipping" in another outlet.
/// </summary>
public sealed class DefiniteReferenceStage : IArticleStage
{
    public StageInfo Info { get; } = new("references", Layer.Tokens | Layer.Entities, Layer.None);

    public Doc Run(Doc doc)
    {
        var tokens = doc.Tokens;
        var added = new List<Mention>();
        var mentions = doc.Mentions;
        int next = 0;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Norm != "the" || tokens[i + 1].Kind != TokenKind.Word || tokens[i + 1].Lexeme.IsStop) continue;
            int head = i + 1;
            while (next < mentions.Length && mentions[next].Span.End <= tokens[i].Start) next++;
            if (next < mentions.Length && mentions[next].Span.Overlaps(tokens[head].Span)) continue; // part of a name already
            // "the company chairman" is the chairman, not the company: skip a head followed by another noun.
            if (head + 1 < tokens.Count && doc.Has(Layer.Tags) && doc.Tags[head + 1].IsNoun()) continue;
            int entity = MostRecentOrganisationWithHead(doc, tokens[head].Norm, tokens[i].Start);
            if (entity < 0) continue;
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[head].End);
            added.Add(new Mention
            {
                Span = span, Type = EntityType.Organization, Text = span.TextOf(doc.Text), FirstToken = i, TokenCount = 2,
                Entity = entity, Confidence = 0.8, IsReference = true,
            });
        }
        if (added.Count == 0) return doc;

        var all = mentions.Concat(added).OrderBy(m => m.Span.Start).ToImmutableArray();
        var entities = doc.Entities.Select(e => e with
        {
            Mentions = Enumerable.Range(0, all.Length).Where(k => all[k].Entity == e.Index).ToImmutableArray(),
        }).ToImmutableArray();
        return doc with { Mentions = all, Entities = entities };
    }

    private static int MostRecentOrganisationWithHead(Doc doc, string head, int before)
    {
        for (int m = doc.Mentions.Length - 1; m >= 0; m--)
        {
            var mention = doc.Mentions[m];
            if (mention.Span.Start >= before || mention.Entity < 0 || mention.Type != EntityType.Organization || mention.IsReference) continue;
            var name = doc.Entities[mention.Entity].Name;
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (word.Equals(head, StringComparison.OrdinalIgnoreCase) && !name.Equals(word, StringComparison.OrdinalIgnoreCase)) return mention.Entity;
        }
        return -1;
    }
}
