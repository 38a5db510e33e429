namespace Triangulate.Text.WordNet;

/// <summary>One WordNet synset (a set of words with one meaning): a view into <see cref="WordNetDictionary"/>.</summary>
public readonly struct Synset : IEquatable<Synset>
{
    private readonly WordNetDictionary wordNet;

    internal Synset(WordNetDictionary wordNet, int id)
    {
        this.wordNet = wordNet;
        Id = id;
    }

    /// <summary>Dense id within the cache it came from.</summary>
    public int Id { get; }
    public WordClass Class => wordNet.SynsetClass(Id);

    /// <summary>WordNet's lexicographer file number (noun.person is 18, noun.location 15...).</summary>
    public int LexFile => wordNet.SynsetLexFile(Id);

    /// <summary>Byte offset in the data file it was read from: WordNet's own synset identifier for its version.</summary>
    public int Offset => wordNet.SynsetOffset(Id);

    public int WordCount => wordNet.SynsetWords(Id).Length;

    /// <summary>The words of the synset, lower case, in WordNet's order.</summary>
    public IReadOnlyList<string> Lemmas
    {
        get
        {
            var words = wordNet.SynsetWords(Id);
            var result = new string[words.Length];
            for (int i = 0; i < words.Length; i++) result[i] = wordNet.LemmaOf(words[i] & ~WordNetCache.CapitalisedBit);
            return result;
        }
    }

    /// <summary>Whether the i-th word is written capitalised in WordNet (a proper name: "Paris", "Rubio").</summary>
    public bool IsCapitalised(int word) => (wordNet.SynsetWords(Id)[word] & WordNetCache.CapitalisedBit) != 0;

    public IReadOnlyList<SynsetPointer> Pointers
    {
        get
        {
            var packed = wordNet.SynsetPointers(Id);
            var result = new SynsetPointer[packed.Length];
            for (int i = 0; i < packed.Length; i++) result[i] = SynsetPointer.Unpack(packed[i]);
            return result;
        }
    }

    /// <summary>Synsets this one points to with <paramref name="kind"/> (semantic and lexical pointers alike).</summary>
    public IEnumerable<Synset> Related(PointerKind kind)
    {
        foreach (var p in Pointers)
            if (p.Kind == kind) yield return new Synset(wordNet, p.Target);
    }

    public bool Equals(Synset other) => Id == other.Id && ReferenceEquals(wordNet, other.wordNet);
    public override bool Equals(object? obj) => obj is Synset s && Equals(s);
    public override int GetHashCode() => Id;
    public static bool operator ==(Synset a, Synset b) => a.Equals(b);
    public static bool operator !=(Synset a, Synset b) => !a.Equals(b);

    public override string ToString() => $"{{{string.Join(", ", Lemmas)}}} ({Class.ToString().ToLowerInvariant()} {Offset:D8})";
}

/// <summary>A pointer from a synset. <see cref="SourceWord"/> and <see cref="TargetWord"/> are 1-based word positions for a
/// lexical pointer (between two words, e.g. derivation or antonymy) and 0 for a semantic one (between whole synsets).</summary>
public readonly record struct SynsetPointer(PointerKind Kind, int Target, int SourceWord, int TargetWord)
{
    public bool IsLexical => SourceWord != 0;

    internal static SynsetPointer Unpack(long packed) =>
        new((PointerKind)((packed >> 32) & 0xFF), (int)(uint)packed, (int)((packed >> 40) & 0xFF), (int)((packed >> 48) & 0xFF));
}
