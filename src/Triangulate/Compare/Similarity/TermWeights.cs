using System.Buffers;
using System.Globalization;
using System.Text;
using Triangulate.Resources;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Inverse document frequency of words: how much a shared word says about two sentences meaning the same.
/// The bundled table counts, for each word, the WordNet 3.1 glosses (definitions and examples, 117,791 short
/// documents) it appears in: general English whose licence allows shipping derived statistics (docs/RESOURCES.md).
/// Words the table lacks (names, rare words) get the highest weight. The table stays one UTF-8 buffer of sorted
/// "word TAB df" lines searched by bisection, so loading it allocates no string per word.
/// </summary>
public sealed class TermWeights
{
    public const string ResourceName = "term-weights.tsv.gz";

    private readonly byte[] table;
    private readonly int[] lineStarts;

    private TermWeights(int documents, byte[] table, int[] lineStarts, string source)
    {
        Documents = documents;
        Source = source;
        this.table = table;
        this.lineStarts = lineStarts;
        MaxWeight = Math.Log(documents + 1.0);
    }

    /// <summary>A table from (word, document frequency) pairs.</summary>
    public TermWeights(int documents, IEnumerable<KeyValuePair<string, int>> frequencies, string source)
        : this(documents, Encode(frequencies), source)
    {
    }

    private TermWeights(int documents, (byte[] Table, int[] Starts) encoded, string source)
        : this(documents, encoded.Table, encoded.Starts, source)
    {
    }

    public int Documents { get; }
    public string Source { get; }
    public int Count => lineStarts.Length - 1;
    public double MaxWeight { get; }

    /// <summary>ln((N+1)/(df+1)): about 0 for "the", ~12 for a word the corpus never uses.</summary>
    public double Idf(ReadOnlySpan<char> norm) => Math.Log((Documents + 1.0) / (DocumentFrequency(norm) + 1.0));

    public int DocumentFrequency(ReadOnlySpan<char> norm)
    {
        if (norm.IsEmpty || Count == 0) return 0;
        int max = Encoding.UTF8.GetMaxByteCount(norm.Length);
        byte[]? rented = max > 256 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[256];
        try
        {
            var key = buffer[..Encoding.UTF8.GetBytes(norm, buffer)];
            int lo = 0, hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                var line = table.AsSpan(lineStarts[mid], lineStarts[mid + 1] - lineStarts[mid] - 1);
                int tab = line.IndexOf((byte)'\t');
                int c = line[..tab].SequenceCompareTo(key);
                if (c == 0) return int.Parse(line[(tab + 1)..], CultureInfo.InvariantCulture);
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return 0;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The bundled table, or a flat one (every word weight 1) if the library was built without it.</summary>
    public static TermWeights Bundled => bundled.Value;
    private static readonly Lazy<TermWeights> bundled = new(LoadBundled);

    private static TermWeights LoadBundled()
    {
        if (!BundledResource.Exists(ResourceName)) return new TermWeights(0, [], "none (flat weights)");
        using var stream = BundledResource.Open(ResourceName);
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Read(memory.ToArray());
    }

    /// <summary>Reads the table format: a "# documents N" line, a "# source ..." line, then "word TAB df" lines sorted by their UTF-8 bytes.</summary>
    public static TermWeights Read(byte[] bytes)
    {
        int documents = 0, position = 0;
        string source = "";
        while (position < bytes.Length && bytes[position] == (byte)'#')
        {
            int end = Array.IndexOf(bytes, (byte)'\n', position);
            if (end < 0) end = bytes.Length;
            string line = Encoding.UTF8.GetString(bytes, position, end - position);
            if (line.StartsWith("# documents ", StringComparison.Ordinal)) documents = int.Parse(line.AsSpan(12), CultureInfo.InvariantCulture);
            else if (line.StartsWith("# source ", StringComparison.Ordinal)) source = line[9..];
            position = end + 1;
        }
        var starts = new List<int>(40_000);
        var body = bytes.AsSpan(position);
        int offset = position;
        while (!body.IsEmpty)
        {
            int newline = body.IndexOf((byte)'\n');
            if (newline < 0) throw new InvalidDataException("term weights: the last line has no line break");
            if (body[..newline].IndexOf((byte)'\t') <= 0) throw new InvalidDataException($"term weights: bad line at byte {offset}");
            starts.Add(offset);
            offset += newline + 1;
            body = body[(newline + 1)..];
        }
        starts.Add(offset);
        return new TermWeights(documents, bytes, starts.ToArray(), source);
    }

    /// <summary>Writes pairs in the table format (sorted by UTF-8 bytes); the builder and tests use it.</summary>
    public static byte[] Format(int documents, string source, IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# documents {documents}\n# source {source}\n");
        foreach (var (word, df) in Sorted(frequencies)) sb.Append(CultureInfo.InvariantCulture, $"{word}\t{df}\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static IEnumerable<KeyValuePair<string, int>> Sorted(IEnumerable<KeyValuePair<string, int>> frequencies) =>
        frequencies.Select(kv => (kv, Bytes: Encoding.UTF8.GetBytes(kv.Key)))
            .OrderBy(x => x.Bytes, Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .Select(x => x.kv);

    private static (byte[], int[]) Encode(IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        var read = Read(Format(0, "", frequencies));
        return (read.table, read.lineStarts);
    }
}
