using System.Globalization;
using Triangulate.Resources;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Inverse document frequency of words: how much a shared word says about two sentences meaning the same.
/// The bundled table counts, for each word, the WordNet 3.1 glosses (definitions and examples, 117,791 short
/// documents) it appears in: general English whose licence allows shipping derived statistics (docs/RESOURCES.md).
/// Words the table lacks (names, rare words) get the highest weight.
/// </summary>
public sealed class TermWeights
{
    public const string ResourceName = "term-weights.tsv.gz";

    // A plain dictionary: a frozen one reads faster but takes far longer to build, and this one is built at start-up.
    private readonly Dictionary<string, int> documentFrequency;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermWeights(int documents, IEnumerable<KeyValuePair<string, int>> frequencies, string source)
    {
        Documents = documents;
        Source = source;
        documentFrequency = new Dictionary<string, int>(frequencies, StringComparer.Ordinal);
        lookup = documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWeight = Math.Log((documents + 1.0) / 1.0);
    }

    public int Documents { get; }
    public string Source { get; }
    public int Count => documentFrequency.Count;
    public double MaxWeight { get; }

    /// <summary>ln((N+1)/(df+1)): about 0 for "the", ~12 for a word the corpus never uses.</summary>
    public double Idf(ReadOnlySpan<char> norm)
    {
        int df = lookup.TryGetValue(norm, out int f) ? f : 0;
        return Math.Log((Documents + 1.0) / (df + 1.0));
    }

    /// <summary>The bundled table, or a flat one (every word weight 1) if the library was built without it.</summary>
    public static TermWeights Bundled => bundled.Value;
    private static readonly Lazy<TermWeights> bundled = new(LoadBundled);

    private static TermWeights LoadBundled()
    {
        if (!BundledResource.Exists(ResourceName)) return new TermWeights(0, [], "none (flat weights)");
        using var reader = new StreamReader(BundledResource.Open(ResourceName));
        return Read(reader);
    }

    /// <summary>Reads the table format: a "# documents N" line, a "# source ..." line, then "word TAB df" lines.</summary>
    public static TermWeights Read(TextReader reader)
    {
        int documents = 0;
        string source = "";
        var list = new List<KeyValuePair<string, int>>(80_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# documents ", StringComparison.Ordinal)) { documents = int.Parse(line.AsSpan(12), CultureInfo.InvariantCulture); continue; }
            if (line.StartsWith("# source ", StringComparison.Ordinal)) { source = line[9..]; continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"term weights: bad line '{line}'");
            list.Add(new(line[..tab], int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture)));
        }
        return new TermWeights(documents, list, source);
    }
}
