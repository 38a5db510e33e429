using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Groups an article's mentions into entities: a person's full name, surname-only and possessive mentions
/// ("Marco Rubio", "Rubio", "Rubio's") become one entity through <see cref="NameMatcher"/>; other mentions group
/// by type and normalised text. A one-word mention that matches a person's surname joins that person even when
/// the tagger typed it otherwise (one sense per discourse). Then an unambiguous title-only reference
/// ("the spokesman" when exactly one person in the article has a title with that head) joins its person.
/// </summary>
public sealed class EntityGrouper(TitleLexicon lexicon)
{
    public (ImmutableArray<Mention> Mentions, ImmutableArray<DocEntity> Entities) Group(TokenList tokens, List<Mention> mentions)
    {
        var entityOf = Enumerable.Repeat(-1, mentions.Count).ToList();
        var members = new List<List<int>>();
        var names = new List<string[]>(); // fullest name tokens per entity
        var types = new List<EntityType>();

        // People first, fullest names first, so that shorter mentions find the full name to join.
        var people = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Type == EntityType.Person)
            .OrderByDescending(i => NameTokens(tokens, mentions[i]).Length).ThenBy(i => mentions[i].Span.Start).ToList();
        foreach (int i in people)
        {
            var name = NameTokens(tokens, mentions[i]);
            int best = -1, bestScore = 0;
            for (int e = 0; e < names.Count; e++)
            {
                if (types[e] != EntityType.Person || !NameMatcher.SamePerson(names[e], name)) continue;
                int score = names[e].Length * 1000 - Distance(mentions, members[e], i);
                if (best < 0 || score > bestScore) { best = e; bestScore = score; }
            }
            if (best < 0) { best = names.Count; names.Add(name); types.Add(EntityType.Person); members.Add([]); }
            members[best].Add(i);
            entityOf[i] = best;
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (entityOf[i] >= 0) continue;
            var m = mentions[i];
            var name = NameTokens(tokens, m);
            int target = -1;
            if (name.Length == 1)
                for (int e = 0; e < names.Count && target < 0; e++)
                    if (types[e] == EntityType.Person && names[e].Length > 1 && NameMatcher.SameToken(names[e][^1], name[0])) target = e;
            if (target >= 0)
            {
                mentions[i] = m with { Type = EntityType.Person };
            }
            else
            {
                string key = Key(name);
                for (int e = 0; e < names.Count && target < 0; e++)
                    if (types[e] == m.Type && Key(names[e]) == key) target = e;
            }
            if (target < 0) { target = names.Count; names.Add(name); types.Add(m.Type); members.Add([]); }
            members[target].Add(i);
            entityOf[i] = target;
        }

        AddTitleOnlyReferences(tokens, mentions, entityOf, members, types);

        // Entities numbered by first mention; mentions in text order.
        var order = Enumerable.Range(0, mentions.Count).OrderBy(i => mentions[i].Span.Start).ThenBy(i => mentions[i].Span.Length).ToArray();
        var newIndexOfMention = new int[mentions.Count];
        for (int k = 0; k < order.Length; k++) newIndexOfMention[order[k]] = k;
        var entityOrder = Enumerable.Range(0, members.Count).Where(e => members[e].Count > 0)
            .OrderBy(e => members[e].Min(i => mentions[i].Span.Start)).ToArray();
        var newIndexOfEntity = new int[members.Count];
        for (int k = 0; k < entityOrder.Length; k++) newIndexOfEntity[entityOrder[k]] = k;

        var finalMentions = order.Select(i => mentions[i] with { Entity = newIndexOfEntity[entityOf[i]] }).ToImmutableArray();
        var entities = entityOrder.Select((e, k) =>
        {
            var ms = members[e].Select(i => newIndexOfMention[i]).Order().ToImmutableArray();
            var named = ms.Where(i => finalMentions[i].Title is null || finalMentions[i].Span != finalMentions[i].TitleSpan).ToList();
            var fullest = (named.Count > 0 ? named : ms.ToList()).OrderByDescending(i => NameTokens(tokens, finalMentions[i]).Length).ThenBy(i => i).First();
            var titles = ms.Select(i => finalMentions[i].Title).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(t => t.Length).ToImmutableArray();
            return new DocEntity { Index = k, Type = types[e], Name = finalMentions[fullest].Text, Mentions = ms, Titles = titles };
        }).ToImmutableArray();
        return (finalMentions, entities);
    }

    /// <summary>
    /// "the [modifiers] head" (not inside a mention or a title) whose words end exactly one person's title in this
    /// article, after that person's first mention: becomes a mention of that person.
    /// </summary>
    private void AddTitleOnlyReferences(TokenList tokens, List<Mention> mentions, List<int> entityOf, List<List<int>> members, List<EntityType> types)
    {
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (int t = m.FirstToken; t < m.FirstToken + m.TokenCount; t++) covered[t] = true;
            if (m.TitleSpan is { } ts)
            {
                var (f, c) = tokens.TokensIn(ts);
                for (int t = f; t < f + c; t++) covered[t] = true;
            }
        }
        // Title word sequences (norms) of each person.
        var titlesOf = new Dictionary<int, List<string[]>>();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].TitleSpan is not { } span || types[entityOf[i]] != EntityType.Person) continue;
            var (f, c) = tokens.TokensIn(span);
            var words = new List<string>();
            for (int t = f; t < f + c; t++) if (tokens[t].Lexeme.Is(LexemeFlags.Alpha)) words.Add(tokens[t].Norm);
            if (words.Count == 0) continue;
            if (!titlesOf.TryGetValue(entityOf[i], out var list)) titlesOf[entityOf[i]] = list = [];
            list.Add(words.ToArray());
        }
        if (titlesOf.Count == 0) return;

        var added = new List<(Mention Mention, int Entity)>();
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].Norm != "the" || covered[t + 1]) continue;
            // Longest run of lower-case or capitalised words after "the" that ends on a title head.
            int end = t + 1;
            while (end < tokens.Count && end - t <= 4 && !covered[end] && tokens[end].Lexeme.Is(LexemeFlags.Alpha)) end++;
            for (int last = end - 1; last > t; last--)
            {
                if (!lexicon.IsSingularHead(tokens[last].Lexeme)) continue;
                var words = new string[last - t];
                for (int k = t + 1; k <= last; k++) words[k - t - 1] = tokens[k].Norm;
                var candidates = titlesOf.Where(kv => kv.Value.Any(title => EndsWith(title, words))).Select(kv => kv.Key).ToList();
                if (candidates.Count != 1) break;
                int e = candidates[0];
                int firstMention = members[e].Min(i => mentions[i].Span.Start);
                if (tokens[t].Start < firstMention) break;
                var span = tokens.SpanOf(t + 1, last - t);
                string text = span.TextOf(tokens.Text);
                added.Add((new Mention { Span = span, Type = EntityType.Person, Text = text, FirstToken = t + 1, TokenCount = last - t, Title = text, TitleSpan = span }, e));
                t = last;
                break;
            }
        }
        foreach (var (m, e) in added)
        {
            mentions.Add(m);
            entityOf.Add(e);
            members[e].Add(mentions.Count - 1);
        }
    }

    private static bool EndsWith(string[] title, string[] words)
    {
        if (words.Length > title.Length) return false;
        for (int k = 1; k <= words.Length; k++) if (title[^k] != words[^k]) return false;
        return true;
    }

    private static int Distance(List<Mention> mentions, List<int> members, int i)
    {
        int best = int.MaxValue;
        foreach (int m in members) best = Math.Min(best, Math.Abs(mentions[m].Span.Start - mentions[i].Span.Start));
        return Math.Min(best, 999);
    }

    private static string Key(string[] name) => string.Join(' ', name.Select(n => Lexicon.Fold(n)));

    /// <summary>The word tokens of a mention's name, normalised (punctuation such as a trailing "." of an initial kept in the token).</summary>
    internal static string[] NameTokens(TokenList tokens, Mention m)
    {
        var list = new List<string>(m.TokenCount);
        for (int t = m.FirstToken; t < m.FirstToken + m.TokenCount; t++)
            if (!tokens[t].Lexeme.Is(LexemeFlags.Punct)) list.Add(tokens[t].Norm);
        return list.ToArray();
    }
}
