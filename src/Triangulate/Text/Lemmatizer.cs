using System.Collections.Concurrent;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>
/// Base forms of words ("drones" → "drone", "intercepted" → "intercept", "agreed" → "agree").
/// Without a dictionary this applies English inflection rules only; a dictionary-backed lemmatizer
/// (WordNet, installed by 'triangulate setup') replaces <see cref="Shared"/> when available.
/// Results are cached per (norm, class): a word type is lemmatised once.
/// </summary>
public class Lemmatizer
{
    private readonly ConcurrentDictionary<(string, WordClass), string> cache = new();

    /// <summary>The process-wide lemmatizer: the best one available.</summary>
    public static Lemmatizer Shared { get; set; } = new();

    public static WordClass ClassOf(PosTag tag) =>
        tag.IsNoun() ? WordClass.Noun : tag.IsVerb() ? WordClass.Verb : tag.IsAdjective() ? WordClass.Adjective : tag.IsAdverb() ? WordClass.Adverb : WordClass.Any;

    /// <summary>Words shorter than this are returned as they are: suffix rules cannot tell "bus" from "bu" + "s",
    /// whereas a dictionary with exception lists can lemmatise "men", "led" and "won".</summary>
    protected virtual int ShortestInflectedLength => 4;

    public string Lemma(string norm, WordClass wordClass = WordClass.Any)
    {
        if (norm.Length < ShortestInflectedLength || !char.IsLetter(norm[^1])) return norm;
        return cache.GetOrAdd((norm, wordClass), static (key, self) => self.Compute(key.Item1, key.Item2), this);
    }

    public string Lemma(in Token token, PosTag tag = PosTag.None) => Lemma(token.Norm, ClassOf(tag));

    /// <summary>Computes a lemma; the base class uses suffix rules, subclasses consult a dictionary.</summary>
    protected virtual string Compute(string word, WordClass wordClass) => wordClass switch
    {
        WordClass.Noun => NounRule(word),
        WordClass.Verb => VerbRule(word),
        WordClass.Any => word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) ? VerbRule(word) : NounRule(word),
        _ => word,
    };

    protected static string NounRule(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return w;
        if (w.EndsWith('s')) return w[..^1];
        return w;
    }

    protected static string VerbRule(string w)
    {
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            string stem = w[..^2];
            if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z')) return stem[..^1]; // "stopped"
            if (w.EndsWith("ceed", StringComparison.Ordinal)) return w; // "proceed", "exceed" are base forms
            if (w.EndsWith("eed", StringComparison.Ordinal)) return w[..^1]; // "agreed" → "agree"
            return EndsLikeSilentE(stem) ? stem + "e" : stem;
        }
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            string stem = w[..^3];
            if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z')) return stem[..^1];
            return EndsLikeSilentE(stem) ? stem + "e" : stem;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal) && (w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    /// <summary>"resum" → "resume", "shar" → "share": a consonant-vowel-consonant ending that drops its e when inflected.</summary>
    private static bool EndsLikeSilentE(string stem)
    {
        if (stem.Length < 3) return false;
        char c = stem[^1], v = stem[^2], c0 = stem[^3];
        bool vowel(char x) => x is 'a' or 'e' or 'i' or 'o' or 'u';
        // Endings English spells only with a final e: "leav(e)", "argu(e)", "danc(e)", "judg(e)", "battl(e)".
        if (c is 'v' or 'u' or 'c') return true;
        if (c == 'g' && v is 'r' or 'd') return true;
        if (c == 'l' && v is 'b' or 'c' or 'd' or 'f' or 'g' or 'k' or 'p' or 't' or 'z') return true;
        return !vowel(c) && c is not ('w' or 'x' or 'y') && vowel(v) && !vowel(c0) && c is 'c' or 'g' or 'm' or 'r' or 's' or 'v' or 'z' or 'k' or 't';
    }
}
