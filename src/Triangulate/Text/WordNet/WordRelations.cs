using System.Collections.Concurrent;

namespace Triangulate.Text.WordNet;

/// <summary>
/// Lexical relatedness from WordNet for aligning words across sentences: synonymy, derivation, similarity,
/// hypernymy (up to two levels) and antonymy. Each lemma's neighbourhood (its synsets and the synsets its
/// pointers reach) is computed once, as sorted id arrays, so relating two words is a few array intersections.
/// Only a lemma's most frequent senses take part (<see cref="SensesPerClass"/>): with every sense of "take" or
/// "make", almost any two verbs would count as synonyms.
/// </summary>
public sealed class WordRelations
{
    private readonly ConcurrentDictionary<string, Neighbourhood> cache = new(StringComparer.Ordinal);

    public WordRelations(WordNetDictionary wordNet, int sensesPerClass = 4)
    {
        WordNet = wordNet;
        SensesPerClass = sensesPerClass;
    }

    public WordNetDictionary WordNet { get; }
    public int SensesPerClass { get; }

    /// <summary>The strongest relation between two lemmas (lower case, as <see cref="WordNetLemmatizer"/> gives them).</summary>
    public WordRelation Relate(string a, string b) => a.Length == 0 || b.Length == 0 ? WordRelation.None : Relate(Of(a), Of(b));

    internal static WordRelation Relate(Neighbourhood x, Neighbourhood y)
    {
        if (x.Synsets.Length == 0 || y.Synsets.Length == 0) return WordRelation.None;
        // Every relation below shares at least one synset between the two reaches; most word pairs share none,
        // and one intersection rules them out.
        if (!Intersects(x.Reach, y.Reach)) return WordRelation.None;
        if (Intersects(x.Synsets, y.Synsets)) return WordRelation.Synonym;
        if (Intersects(x.Antonyms, y.Words) || Intersects(y.Antonyms, x.Words)) return WordRelation.Antonym;
        if (Intersects(x.Derived, y.Words) || Intersects(y.Derived, x.Words)) return WordRelation.Derived;
        // Two verbs whose nominalisations share a synset ("resume" → resumption = recommencement ← "recommence").
        if (Intersects(x.DerivedSynsets, y.DerivedSynsets)) return WordRelation.Derived;
        if (Intersects(x.Similar, y.Synsets) || Intersects(y.Similar, x.Synsets)) return WordRelation.Similar;
        if (Intersects(x.Hypernyms, y.Synsets) || Intersects(y.Hypernyms, x.Synsets)) return WordRelation.Hypernym;
        return WordRelation.None;
    }

    /// <summary>Whether WordNet knows the lemma at all (in any word class).</summary>
    public bool Knows(string lemma) => Of(lemma).Synsets.Length > 0;

    internal Neighbourhood Of(string lemma) => cache.GetOrAdd(lemma, static (l, self) => self.Build(l), this);

    private Neighbourhood Build(string lemma)
    {
        var synsets = new List<int>();
        var words = new List<long>();
        var derived = new List<long>();
        var similar = new List<int>();
        var hypernyms = new List<int>();
        var antonyms = new List<long>();
        var (first, count) = WordNet.EntriesOf(lemma);
        for (int e = first; e < first + count; e++)
        {
            var senses = WordNet.SensesOf(e);
            for (int s = 0; s < senses.Length && s < SensesPerClass; s++)
            {
                int id = senses[s];
                synsets.Add(id);
                int position = PositionIn(id, e);
                words.Add(WordKey(id, position));
                words.Add(WordKey(id, 0));
                foreach (long packed in WordNet.SynsetPointers(id))
                {
                    var p = SynsetPointer.Unpack(packed);
                    // A lexical pointer belongs to one word of the synset: only this lemma's own links count.
                    if (p.IsLexical && p.SourceWord != position) continue;
                    switch (p.Kind)
                    {
                        case PointerKind.DerivationallyRelated or PointerKind.Pertainym or PointerKind.ParticipleOfVerb:
                            derived.Add(WordKey(p.Target, p.TargetWord)); break;
                        case PointerKind.SimilarTo or PointerKind.AlsoSee or PointerKind.VerbGroup:
                            similar.Add(p.Target); break;
                        case PointerKind.Antonym:
                            antonyms.Add(WordKey(p.Target, p.TargetWord)); break;
                        case PointerKind.Hypernym or PointerKind.InstanceHypernym:
                            hypernyms.Add(p.Target);
                            foreach (long up in WordNet.SynsetPointers(p.Target))
                            {
                                var q = SynsetPointer.Unpack(up);
                                if (q.Kind is PointerKind.Hypernym or PointerKind.InstanceHypernym) hypernyms.Add(q.Target);
                            }
                            break;
                    }
                }
            }
        }
        var derivedSynsets = derived.Select(k => (int)(k >> 8)).ToList();
        var reach = new List<int>(synsets);
        reach.AddRange(derivedSynsets);
        reach.AddRange(similar);
        reach.AddRange(hypernyms);
        reach.AddRange(antonyms.Select(k => (int)(k >> 8)));
        return new Neighbourhood(Sorted(synsets), Sorted(words), Sorted(derived), Sorted(derivedSynsets), Sorted(similar), Sorted(hypernyms),
            Sorted(antonyms), Sorted(reach));
    }

    /// <summary>1-based position of entry <paramref name="entry"/> among the synset's words (pointer source numbering), or 0.</summary>
    private int PositionIn(int synset, int entry)
    {
        var words = WordNet.SynsetWords(synset);
        for (int i = 0; i < words.Length; i++)
            if ((words[i] & ~WordNetCache.CapitalisedBit) == entry) return i + 1;
        return 0;
    }

    /// <summary>A word of a synset (1-based position), or the whole synset (0): lexical pointers (derivation, antonymy) target one word.</summary>
    private static long WordKey(int synset, int position) => ((long)synset << 8) | (uint)position;

    private static T[] Sorted<T>(List<T> ids) where T : IComparable<T>
    {
        if (ids.Count == 0) return [];
        ids.Sort();
        int n = 1;
        for (int i = 1; i < ids.Count; i++) if (ids[i].CompareTo(ids[n - 1]) != 0) ids[n++] = ids[i];
        return ids.GetRange(0, n).ToArray();
    }

    private static bool Intersects<T>(T[] a, T[] b) where T : IComparable<T>
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = a[i].CompareTo(b[j]);
            if (c == 0) return true;
            if (c < 0) i++; else j++;
        }
        return false;
    }

    /// <summary>Words: (synset, position) keys of the lemma itself; Derived and Antonyms: keys their lexical pointers reach.</summary>
    /// <summary>Reach: every synset any of the lists points into (a quick test that two words are related at all).</summary>
    internal sealed record Neighbourhood(int[] Synsets, long[] Words, long[] Derived, int[] DerivedSynsets, int[] Similar, int[] Hypernyms,
        long[] Antonyms, int[] Reach);
}
