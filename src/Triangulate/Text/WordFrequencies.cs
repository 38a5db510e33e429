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

    // A plain dictionary, not a frozen one: freezing 75,000 words costs more at start-up (~150 ms) than it
    // saves on the few thousand lookups an analysis makes.
    private readonly Dictionary<string, float> zipf;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordFrequencies(IEnumerable<(string Word, long Count)> counts)
    {
        var list = counts.ToList();
        double total = Math.Max(1, list.Sum(c => (double)c.Count));
        zipf = new Dictionary<string, float>(list.Count, StringComparer.Ordinal);
        foreach (var (word, count) in list) zipf[word] = (float)Math.Log10((count + 1) * 1e9 / total);
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
