using System.Collections.Frozen;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Extract.Claims;

/// <summary>
/// Words by which a statement is held tentatively rather than as fact: "expressed its willingness to
/// consider", "investigators suspect", "expected to reopen". A small closed table of stance seeds (the
/// lexical counterparts of the epistemic modals) is expanded through WordNet's derivational and pertainym
/// links of the seed word itself ("willing" → "willingness", "expect" → "expectation", "likely" →
/// "likelihood"); synonyms are not followed, because a seed's synset holds factual readings too
/// ("consider" shares one with "see"). Without WordNet the seeds alone are used.
/// </summary>
public sealed class StanceLexicon
{
    private static readonly (string Lemma, WordClass Class)[] Seeds =
    [
        ("consider", WordClass.Verb), ("expect", WordClass.Verb), ("hope", WordClass.Verb), ("suspect", WordClass.Verb),
        ("believe", WordClass.Verb), ("willing", WordClass.Adjective), ("likely", WordClass.Adjective),
        ("possible", WordClass.Adjective), ("probable", WordClass.Adjective),
        // Adverbs point to their adjective in WordNet, not the other way, so they are seeds of their own.
        ("possibly", WordClass.Adverb), ("probably", WordClass.Adverb), ("perhaps", WordClass.Adverb),
    ];

    /// <summary>Senses of each seed whose derived forms are taken (the commonest ones: rare senses bring in unrelated words).</summary>
    private const int SensesPerSeed = 2;

    private readonly FrozenSet<string> lemmas;

    private StanceLexicon(IEnumerable<string> lemmas) => this.lemmas = lemmas.ToFrozenSet(StringComparer.Ordinal);

    public int Count => lemmas.Count;

    public bool Contains(string lemma) => lemmas.Contains(lemma);

    public static StanceLexicon Create(WordNetDictionary? wordNet)
    {
        var words = new HashSet<string>(Seeds.Select(s => s.Lemma), StringComparer.Ordinal);
        if (wordNet is not null)
        {
            foreach (var (lemma, wordClass) in Seeds)
            {
                foreach (var synset in wordNet.Synsets(lemma, wordClass).Take(SensesPerSeed))
                {
                    var members = synset.Lemmas;
                    int self = members.ToList().IndexOf(lemma) + 1; // lexical pointers count words from 1
                    foreach (var pointer in synset.Pointers)
                    {
                        if (pointer.SourceWord != self || pointer.Kind is not (PointerKind.DerivationallyRelated or PointerKind.Pertainym)) continue;
                        var target = wordNet.Synset(pointer.Target).Lemmas;
                        if (pointer.TargetWord >= 1 && pointer.TargetWord <= target.Count) words.Add(target[pointer.TargetWord - 1]);
                    }
                }
            }
        }
        return new StanceLexicon(words);
    }
}
