using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// What each word type contributes to sentence alignment, computed once per <see cref="Lexeme"/> (spaCy's
/// per-type features) and kept in an array of structs indexed by <see cref="Lexeme.Id"/> (read for every word of
/// every article profiled: no pointer to chase per word): whether it is a content word, the
/// hash of its lemma, and its weight. The weight is the word's information content against everyday English,
/// 8 − Zipf (SUBTLEX-US; see <see cref="WordFrequencies"/>), clamped to [1, 8]: "ceasefire" counts about three
/// times "said", a name or number the frequency list lacks counts most. Thread-safe; entries are written once.
/// </summary>
public sealed class TermTable
{
    /// <summary>Information content given to numbers: they are the facts a rewrite must keep.</summary>
    private const float NumberWeight = 6f;
    private const float MaxWeight = 8f;

    private readonly Lemmatizer lemmatizer;
    private readonly WordFrequencies? frequencies;
    private readonly Lock growth = new();
    // Values and a written-flag side by side: a flag is set (with release semantics) only after its value is
    // complete, so a reader never sees a half-written struct; both arrays are replaced together under the lock.
    private volatile Entries table = new(1 << 14);

    private sealed class Entries(int size)
    {
        public readonly TermInfo[] Values = new TermInfo[size];
        public readonly bool[] Known = new bool[size];
    }

    public TermTable(Lemmatizer lemmatizer, WordFrequencies? frequencies)
    {
        this.lemmatizer = lemmatizer;
        this.frequencies = frequencies;
    }

    /// <summary>The table over <see cref="Lemmatizer.Shared"/> (rebuilt when that is replaced, e.g. by WordNet) and the bundled frequencies.</summary>
    public static TermTable Shared
    {
        get
        {
            var current = shared;
            if (current is null || !ReferenceEquals(current.lemmatizer, Lemmatizer.Shared))
                shared = current = new TermTable(Lemmatizer.Shared, WordFrequencies.English);
            return current;
        }
    }
    private static volatile TermTable? shared;

    public WordFrequencies? Frequencies => frequencies;

    /// <summary>A word type's term: content flag, lemma hash, weight.</summary>
    public TermInfo Get(Lexeme lexeme)
    {
        var current = table;
        int id = lexeme.Id;
        if ((uint)id < (uint)current.Known.Length && Volatile.Read(ref current.Known[id])) return current.Values[id];
        var info = Compute(lexeme);
        lock (growth)
        {
            if (id >= table.Known.Length)
            {
                int size = table.Known.Length;
                while (size <= id) size *= 2;
                var bigger = new Entries(size);
                table.Values.CopyTo(bigger.Values, 0);
                table.Known.CopyTo(bigger.Known, 0);
                table = bigger;
            }
            if (!table.Known[id])
            {
                table.Values[id] = info;
                Volatile.Write(ref table.Known[id], true);
            }
            return table.Values[id];
        }
    }

    private TermInfo Compute(Lexeme lexeme)
    {
        bool number = lexeme.Is(LexemeFlags.Digit) || (lexeme.Is(LexemeFlags.HasDigit) && !lexeme.IsAlpha);
        bool content = !lexeme.IsStop && (lexeme.IsAlpha || lexeme.Is(LexemeFlags.HasDigit) || lexeme.Is(LexemeFlags.HasHyphen))
                       && !lexeme.Is(LexemeFlags.Punct);
        if (!content) return new TermInfo(false, lexeme.Hash, 0, Zipf(lexeme.Norm));
        if (number) return new TermInfo(true, lexeme.Hash, NumberWeight, 0);
        string lemma = lemmatizer.Lemma(lexeme.Norm);
        float zipf = Math.Max(Zipf(lexeme.Norm), Zipf(lemma));
        float weight = Math.Clamp(MaxWeight - zipf, 1f, MaxWeight);
        return new TermInfo(true, StableHash.Of(lemma), weight, zipf);
    }

    private float Zipf(string word) => frequencies?.Zipf(word) ?? 0f;
}

/// <summary>A word type's part in alignment: <see cref="IsContent"/>, its lemma's hash, its information weight, and
/// its spoken-English Zipf frequency (0 when unknown).</summary>
public readonly record struct TermInfo(bool IsContent, ulong Lemma, float Weight, float Zipf);
