using System.Collections.Frozen;
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

    private readonly FrozenDictionary<ulong, GazetteerType> entries;

    public Gazetteer(IEnumerable<(string Norms, GazetteerType Type)> entries)
    {
        var map = new Dictionary<ulong, GazetteerType>();
        foreach (var (norms, type) in entries)
        {
            ulong h = Seed;
            int count = 0;
            foreach (var part in norms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                h = Next(h, StableHash.Of(part));
                count++;
            }
            if (count == 0 || count > MaxTokens) continue;
            map[h] = map.TryGetValue(h, out var t) ? t | type : type;
        }
        this.entries = map.ToFrozenDictionary();
    }

    public int Count => entries.Count;

    /// <summary>The bundled gazetteer, loaded on first use; empty (with the tagger still working) if the resource is absent.</summary>
    public static Gazetteer Shared => shared.Value;
    private static readonly Lazy<Gazetteer> shared = new(() => BundledResource.Exists(GazetteerBuilder.FileName) ? Load(BundledResource.Open(GazetteerBuilder.FileName)) : new Gazetteer([]));

    public static Gazetteer Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var list = new List<(string, GazetteerType)>(300_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            list.Add((line[(tab + 1)..], (GazetteerType)int.Parse(line.AsSpan(0, tab))));
        }
        return new Gazetteer(list);
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
