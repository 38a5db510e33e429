using System.Globalization;
using Triangulate.Model;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Compare.Similarity;

[Flags]
internal enum WordFlags : byte
{
    None = 0,
    /// <summary>Not a function word: counts for coverage.</summary>
    Content = 1,
    Stop = 2,
    Number = 4,
    /// <summary>A name: capitalised other than sentence-initially, or tagged NNP.</summary>
    Proper = 8,
    Negation = 16,
    /// <summary>A scale word folded into the number before it ("2.5 billion"): not a word of its own.</summary>
    NumberPart = 32,
}

/// <summary>One word of a sentence as the aligner sees it.</summary>
internal struct WordInfo
{
    public int Token;
    public string Norm;
    public string Lemma;
    /// <summary>Every base form the word could have (the lemma first); two words share a lemma when these intersect.</summary>
    public string[] Candidates;
    public ulong Key;
    public WordFlags Flags;
    public double Weight;
    public double Value;
    public bool Upper;
    /// <summary>WordNet neighbourhoods of the first two candidates (content words, when WordNet is in use).</summary>
    public WordRelations.Neighbourhood[]? Related;
    /// <summary>The caller's entity key for the token (0: none).</summary>
    public ulong Entity;

    public readonly bool Is(WordFlags f) => (Flags & f) != 0;
}

/// <summary>A sentence reduced to its words (punctuation dropped), each with lemma, weight, number value and flags.</summary>
internal sealed class SentenceView
{
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100, ["dozen"] = 12, ["half"] = 0.5,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["mln"] = 1e6,
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without", "cannot",
    };

    public SentenceView(WordInfo[] words)
    {
        Words = words;
        CharTrigrams = BuildCharTrigrams(words);
        Reach = BuildReach(words);
    }

    /// <summary>(synset, word index) for every synset each word's WordNet neighbourhood reaches, sorted by synset: two
    /// sentences' lists are merged in one pass to find the few word pairs that can be related at all.</summary>
    public (int Synset, int Word)[] Reach { get; }

    private static (int, int)[] BuildReach(WordInfo[] words)
    {
        List<(int, int)>? reach = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Related is not { } related) continue;
            reach ??= [];
            foreach (var n in related)
                foreach (int id in n.Reach) reach.Add((id, i));
        }
        if (reach is null) return [];
        reach.Sort();
        return [.. reach];
    }

    public WordInfo[] Words { get; }
    public int Length => Words.Length;

    /// <summary>Sorted, distinct hashes of the character trigrams of the content words ("^dr", "dro", ..., "es$").</summary>
    public ulong[] CharTrigrams { get; }

    /// <summary>Words past this many are not compared: alignment is quadratic, and a "sentence" this long is a
    /// segmentation failure (a table or a list run together), not a statement to align word by word.</summary>
    public const int MaxWords = 256;

    public static SentenceView Build(SimilarityInput input, Lemmatizer lemmatizer, TermWeights weights, WordRelations? relations)
    {
        var tokens = input.Tokens;
        var list = new List<WordInfo>(tokens.Length);
        var wordNet = lemmatizer as WordNetLemmatizer;
        bool first = true;
        for (int i = 0; i < tokens.Length && list.Count < MaxWords; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote) { if (t.Norm is "." or ":" or ";") first = true; continue; }
            if (t.Kind == TokenKind.Symbol && t.Norm is not "%") continue;
            var tag = input.Tags.IsEmpty ? PosTag.None : input.Tags[i];
            string norm = t.Norm;
            var flags = WordFlags.None;
            double value = double.NaN;
            if (t.Kind == TokenKind.Number && TryParseNumber(norm, out double v)) { value = v; flags |= WordFlags.Number; }
            else if (NumberWords.TryGetValue(norm, out double w)) { value = w; flags |= WordFlags.Number; }
            else if (Scales.TryGetValue(norm, out double scale) && list.Count > 0 && list[^1].Is(WordFlags.Number) && list[^1].Token == i - 1)
            {
                // "2.5 billion": the scale multiplies the number before it and is not a word of its own.
                var previous = list[^1];
                previous.Value *= scale;
                list[^1] = previous;
                flags |= WordFlags.NumberPart;
            }

            if (Negations.Contains(norm)) flags |= WordFlags.Negation;
            if (t.Lexeme.IsStop) flags |= WordFlags.Stop;
            else if ((flags & (WordFlags.Number | WordFlags.NumberPart)) == 0 && t.Kind != TokenKind.Symbol) flags |= WordFlags.Content;
            bool capitalised = t.Lexeme.IsCapitalised && char.IsLetter(t.Text[0]);
            if ((flags & WordFlags.Content) != 0 && (tag.IsProperNoun() || (tag == PosTag.None && capitalised && !first)))
                flags |= WordFlags.Proper;
            first = false;

            string lemma = (flags & WordFlags.Content) != 0 || (flags & WordFlags.Stop) != 0
                ? lemmatizer.Lemma(norm, Lemmatizer.ClassOf(tag)) : norm;
            string[] candidates;
            if ((flags & WordFlags.Content) != 0 && wordNet is not null && !capitalised)
            {
                var all = wordNet.Candidates(norm);
                candidates = new string[all.Count + 1];
                candidates[0] = lemma;
                int n = 1;
                foreach (var c in all) if (c != lemma) candidates[n++] = c;
                if (n < candidates.Length) Array.Resize(ref candidates, n);
            }
            else candidates = [lemma];

            WordRelations.Neighbourhood[]? related = null;
            if (relations is not null && (flags & WordFlags.Content) != 0 && (flags & WordFlags.Proper) == 0)
            {
                // The first two readings of a word are enough: further candidates are rare forms.
                related = new WordRelations.Neighbourhood[Math.Min(2, candidates.Length)];
                for (int c = 0; c < related.Length; c++) related[c] = relations.Of(candidates[c]);
            }

            double weight = (flags & WordFlags.Number) != 0 ? weights.MaxWeight * 0.75 : weights.Idf(norm);
            list.Add(new WordInfo
            {
                Token = i, Norm = norm, Lemma = lemma, Candidates = candidates, Key = Text.StableHash.Of(lemma),
                Flags = flags, Weight = weights.Documents == 0 ? 1 : weight, Value = value,
                Upper = t.Lexeme.Is(LexemeFlags.Upper),
                Related = related,
                Entity = input.EntityKeys.IsEmpty ? 0 : input.EntityKeys[i],
            });
        }
        // Scale words were folded into their number; drop them from the word list.
        return new SentenceView(list.Where(w => !w.Is(WordFlags.NumberPart)).ToArray());
    }

    private static ulong[] BuildCharTrigrams(WordInfo[] words)
    {
        var hashes = new List<ulong>(words.Length * 6);
        Span<char> buffer = stackalloc char[66];
        foreach (var w in words)
        {
            if (!w.Is(WordFlags.Content) || w.Norm.Length > 64) continue;
            buffer[0] = '^';
            w.Norm.AsSpan().CopyTo(buffer[1..]);
            buffer[w.Norm.Length + 1] = '$';
            var t = buffer[..(w.Norm.Length + 2)];
            for (int i = 0; i + 3 <= t.Length; i++) hashes.Add(Text.StableHash.Of(t.Slice(i, 3)));
        }
        hashes.Sort();
        int n = 0;
        for (int i = 0; i < hashes.Count; i++) if (n == 0 || hashes[i] != hashes[n - 1]) hashes[n++] = hashes[i];
        return hashes.GetRange(0, n).ToArray();
    }

    private static bool TryParseNumber(string norm, out double value)
    {
        var s = norm.Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
