using Triangulate.Model;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Name lists for the entity tagger's features: token sequences (as norm hashes) mapped to the lists they
/// are on. Matching looks up every token window up to <see cref="MaxTokens"/> long by a rolling hash of
/// the tokens' precomputed <see cref="Lexeme.Hash"/>, so it allocates nothing per token.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxTokens = 6;

    // A plain dictionary, not a FrozenDictionary: freezing 200,000 entries costs more at start-up than it saves.
    private readonly Dictionary<ulong, GazetteerType> entries;

    public Gazetteer(IEnumerable<(string Norms, GazetteerType Type)> entries)
    {
        this.entries = [];
        foreach (var (norms, type) in entries) Add(norms, type);
    }

    private Gazetteer(int capacity) => entries = new Dictionary<ulong, GazetteerType>(capacity);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<char> norms, GazetteerType type)
    {
        ulong h = Seed;
        int count = 0;
        foreach (var range in norms.Split(' '))
        {
            var part = norms[range];
            if (part.IsEmpty) continue;
            h = Next(h, StableHash.Of(part));
            count++;
        }
        if (count == 0 || count > MaxTokens) return;
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(entries, h, out _);
        slot |= type;
    }

    public int Count => entries.Count;

    /// <summary>The bundled gazetteer, loaded on first use; empty (with the tagger still working) if the resource is absent.</summary>
    public static Gazetteer Shared => shared.Value;
    private static readonly Lazy<Gazetteer> shared = new(() => BundledResource.Exists(GazetteerBuilder.FileName) ? Load(BundledResource.Open(GazetteerBuilder.FileName)) : new Gazetteer([]));

    /// <summary>Reads the "type-bits TAB norms" lines of a gazetteer file; parses spans of one string, no per-line strings.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string all = reader.ReadToEnd();
        var text = all.AsSpan();
        var gazetteer = new Gazetteer(text.Count('\n'));
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line[..tab], out int bits)) continue;
            gazetteer.Add(line[(tab + 1)..], (GazetteerType)bits);
        }
        return gazetteer;
    }

    private const ulong Seed = 0x6A09E667F3BCC908UL;
    private static ulong Next(ulong h, ulong token) => StableHash.Combine(h, token);

    /// <summary>The lists the exact token sequence is on.</summary>
    public GazetteerType Lookup(ReadOnlySpan<Lexeme> words)
    {
        if (words.Length is 0 or > MaxTokens) return GazetteerType.None;
        ulong h = Seed;
        foreach (var w in words) h = Next(h, w.Hash);
        return entries.GetValueOrDefault(h);
    }

    /// <summary>
    /// Every match in the sentence: for each start, each length that is on a list, reported through
    /// <paramref name="onMatch"/> (start, length, types). Matches may overlap.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Match(ReadOnlySpan<Lexeme> words, Action<int, int, GazetteerType> onMatch)
    {
        for (int i = 0; i < words.Length; i++)
        {
            // Entries start with a letter or digit: skip punctuation starts cheaply.
            if (words[i].Is(LexemeFlags.Punct)) continue;
            ulong h = Seed;
            for (int len = 1; len <= MaxTokens && i + len <= words.Length; len++)
            {
                h = Next(h, words[i + len - 1].Hash);
                if (entries.TryGetValue(h, out var type)) onMatch(i, len, type);
            }
        }
    }
}
