namespace Triangulate.Text.WordNet;

/// <summary>
/// WordNet's morphy: a word's base form is an entry of the dictionary reached either through the exception
/// lists ("went" → "go", "geese" → "goose", "better" → "good") or by detaching an inflectional ending and
/// checking the result against the dictionary ("drones" → "drone", "agreed" → "agree", "buses" → "bus").
/// Words the dictionary does not know (names, new coinages) fall back to the rule-based lemmatizer.
/// </summary>
public sealed class WordNetLemmatizer : Lemmatizer
{
    // WordNet's detachment rules (morph.c), in its order: the first candidate the dictionary holds wins.
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];
    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    private static readonly WordClass[] NounFirst = [WordClass.Noun, WordClass.Verb, WordClass.Adjective, WordClass.Adverb];
    private static readonly WordClass[] VerbFirst = [WordClass.Verb, WordClass.Adjective, WordClass.Noun, WordClass.Adverb];
    private static readonly WordClass[] ExceptionOrder = [WordClass.Verb, WordClass.Noun, WordClass.Adjective, WordClass.Adverb];

    public WordNetLemmatizer(WordNetDictionary wordNet) => WordNet = wordNet;

    public WordNetDictionary WordNet { get; }

    protected override int ShortestInflectedLength => 2;

    protected override string Compute(string word, WordClass wordClass)
    {
        if (wordClass != WordClass.Any) return Morphy(word, wordClass) ?? base.Compute(word, wordClass);

        // No part of speech: an irregular form is most likely what it looks like ("was", "men", "better"),
        // unless the word is itself a noun ("data" stays "data", not "datum").
        foreach (var cls in ExceptionOrder)
        {
            if (cls == WordClass.Noun && WordNet.Contains(word, WordClass.Noun)) continue;
            if (ValidException(word, cls) is { } irregular) return irregular;
        }
        // "-ed" and "-ing" forms are read as verbs first, even when WordNet also lists them as adjectives or
        // nouns ("injured", "meeting"): claims written "were injured" and "injuring" should meet at "injure".
        var order = word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) ? VerbFirst : NounFirst;
        foreach (var cls in order)
            if (Morphy(word, cls) is { } lemma) return lemma;
        return base.Compute(word, wordClass);
    }

    /// <summary>The base form of <paramref name="word"/> as a <paramref name="wordClass"/>, or null when WordNet has none.
    /// Like NLTK's WordNet lemmatizer, the shortest of the readings WordNet allows wins ("talks" → "talk" although
    /// "talks" is an entry too), except that an irregular verb or adjective form listed in the exceptions is read as
    /// the inflection ("found" → "find", "saw" → "see", "better" → "good"), its likelier reading in running text.</summary>
    public string? Morphy(string word, WordClass wordClass)
    {
        if (wordClass == WordClass.Any) throw new ArgumentException("morphy needs a word class", nameof(wordClass));
        bool known = WordNet.Contains(word, wordClass);
        if (!(known && wordClass == WordClass.Noun) && ValidException(word, wordClass) is { } irregular) return irregular;
        string? best = known ? word : null;
        foreach (var candidate in Detachments(word, wordClass))
            if (best is null || candidate.Length < best.Length) best = candidate;
        return best;
    }

    /// <summary>Every base form the word could have, over all word classes, most likely first (deduplicated).
    /// Similarity matches two words when any of their candidates agree ("talks" → talks, talk).</summary>
    public IReadOnlyList<string> Candidates(string word) => candidates.GetOrAdd(word, static (w, self) => self.ComputeCandidates(w), this);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> candidates = new(StringComparer.Ordinal);

    private string[] ComputeCandidates(string word)
    {
        var result = new List<string>(3);
        foreach (var cls in ExceptionOrder)
        {
            foreach (var b in WordNet.ExceptionBases(word, cls))
                if (WordNet.Contains(b, cls) && !result.Contains(b)) result.Add(b);
            if (WordNet.Contains(word, cls) && !result.Contains(word)) result.Add(word);
            foreach (var lemma in Detachments(word, cls))
                if (!result.Contains(lemma)) result.Add(lemma);
        }
        return [.. result];
    }

    private string? ValidException(string word, WordClass wordClass)
    {
        foreach (var b in WordNet.ExceptionBases(word, wordClass))
            if (WordNet.Contains(b, wordClass)) return b;
        return null;
    }

    /// <summary>Every form WordNet's detachment rules reach that is an entry of the class, in rule order.</summary>
    private IEnumerable<string> Detachments(string word, WordClass wordClass)
    {
        var rules = wordClass switch
        {
            WordClass.Noun => NounRules,
            WordClass.Verb => VerbRules,
            WordClass.Adjective => AdjectiveRules,
            _ => [],
        };
        foreach (var (suffix, ending) in rules)
        {
            if (word.Length <= suffix.Length || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            string candidate = string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
            if (WordNet.Contains(candidate, wordClass)) yield return candidate;
        }
    }
}
