using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Resources;

namespace Triangulate.Text;

/// <summary>
/// How common a word is in plain spoken English (SUBTLEX-US subtitle counts, bundled; see docs/RESOURCES.md), as a
/// Zipf value: log10 of occurrences per billion words (Van Heuven et al. 2014). "the" ≈ 7.5, "ceasefire" ≈ 2,
/// unseen words 0. Used to weigh words by how much they say (rare words carry a sentence's content) and to measure
/// how far a text's vocabulary sits above everyday speech.
/// </summary>
public sealed class WordFrequencies
{
    public const string ResourceName = WordFrequencyListBuilder.FileName;

    private readonly FrozenDictionary<string, float> zipf;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordFrequencies(IEnumerable<(string Word, long Count)> counts)
    {
        var list = counts.ToList();
        double total = Math.Max(1, list.Sum(c => (double)c.Count));
        zipf = list.ToFrozenDictionary(c => c.Word, c => (float)Math.Log10((c.Count + 1) * 1e9 / total), StringComparer.Ordinal);
        lookup = zipf.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = list.Count;
    }

    /// <summary>The bundled list, or null when the library was built without it.</summary>
    public static WordFrequencies? English => english.Value;
    private static readonly Lazy<WordFrequencies?> english = new(Load);

    public int Words { get; }

    /// <summary>Zipf value of a lower-case word; 0 when the list does not have it.</summary>
    public float Zipf(ReadOnlySpan<char> lowerWord) => lookup.TryGetValue(lowerWord, out float z) ? z : 0f;

    public bool Contains(ReadOnlySpan<char> lowerWord) => lookup.ContainsKey(lowerWord);

    private static WordFrequencies? Load()
    {
        if (!BundledResource.Exists(ResourceName)) return null;
        var counts = new List<(string, long)>(80_000);
        foreach (var line in BundledResource.ReadLines(ResourceName))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            counts.Add((line[..tab], long.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture)));
        }
        return new WordFrequencies(counts);
    }
}
