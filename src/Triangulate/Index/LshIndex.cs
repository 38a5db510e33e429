using Triangulate.Text;

namespace Triangulate.Index;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures (banding: Indyk &amp; Motwani 1998; Broder 1997; Leskovec,
/// Rajaraman &amp; Ullman, Mining of Massive Datasets ch. 3): a signature of <see cref="Bands"/> × <see cref="Rows"/>
/// bins is cut into bands, each band hashed to one 64-bit key, and two texts become candidates when any band key
/// is equal. Two texts of Jaccard similarity J collide with probability 1 − (1 − J^rows)^bands, so the stream is
/// searched in time proportional to the candidates, never all pairs.
/// Ids are the caller's dense integers. Not thread-safe: one writer (the stream) owns an index.
/// </summary>
public sealed class LshIndex
{
    /// <summary>A band key shared by this many texts is boilerplate, not evidence: a query stops walking it there.
    /// Guards a stream of near-identical pages (a feed re-posting one template) against quadratic candidate lists.</summary>
    public const int MaxBucketWalk = 512;

    private readonly Dictionary<ulong, int> lastPosting = [];
    // Small at first: a stream keeps one rewrite index per story, and most stories hold one or two articles.
    private int[] postingId;
    private int[] postingNext;
    private int postings;

    public LshIndex(int bands, int rows)
    {
        if (bands < 1 || rows < 1) throw new ArgumentOutOfRangeException(nameof(bands), $"bands ({bands}) and rows ({rows}) must be positive");
        Bands = bands;
        Rows = rows;
        postingId = new int[bands * 2];
        postingNext = new int[bands * 2];
    }

    public int Bands { get; }
    public int Rows { get; }

    /// <summary>Signature bins used: the rest of a longer signature is ignored.</summary>
    public int SignatureLength => Bands * Rows;

    /// <summary>Texts indexed.</summary>
    public int Count { get; private set; }

    /// <summary>The Jaccard similarity at which a pair is a candidate with probability about one half: (1/b)^(1/r).</summary>
    public double Threshold => Math.Pow(1.0 / Bands, 1.0 / Rows);

    /// <summary>The probability that two texts of Jaccard similarity <paramref name="jaccard"/> become candidates.</summary>
    public double CandidateProbability(double jaccard) => 1 - Math.Pow(1 - Math.Pow(jaccard, Rows), Bands);

    /// <summary>Approximate bytes held per indexed text: a posting (id + link, 8 B) and a dictionary entry
    /// (key, value, hash code, link: 24 B) per band, at worst; shared band keys make it less.</summary>
    public long ApproximateBytes => (long)postings * 8 + (long)lastPosting.Count * 24;

    /// <summary>Indexes <paramref name="signature"/> under <paramref name="id"/>. A text without shingles is not
    /// indexed: its bins are all <see cref="MinHasher.Empty"/> and would make every empty text a candidate of every other.</summary>
    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        Check(signature);
        if (signature[0] == MinHasher.Empty) return;
        if (postings + Bands > postingId.Length)
        {
            int size = Math.Max(postingId.Length * 2, postings + Bands);
            Array.Resize(ref postingId, size);
            Array.Resize(ref postingNext, size);
        }
        for (int band = 0; band < Bands; band++)
        {
            ulong key = BandKey(signature, band);
            ref int head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lastPosting, key, out bool exists);
            postingId[postings] = id;
            postingNext[postings] = exists ? head : -1;
            head = postings;
            postings++;
        }
        Count++;
    }

    /// <summary>Adds to <paramref name="candidates"/> (cleared first) the distinct ids sharing a band with
    /// <paramref name="signature"/>, in ascending order.</summary>
    public void Query(ReadOnlySpan<uint> signature, List<int> candidates)
    {
        Check(signature);
        candidates.Clear();
        if (signature[0] == MinHasher.Empty) return;
        for (int band = 0; band < Bands; band++)
        {
            if (!lastPosting.TryGetValue(BandKey(signature, band), out int p)) continue;
            for (int walked = 0; p >= 0 && walked < MaxBucketWalk; walked++, p = postingNext[p])
                candidates.Add(postingId[p]);
        }
        // Sorting and dropping repeats beats a hash set here: the lists are short, and a set that once grew for a
        // crowded query clears its whole table on every later one.
        candidates.Sort();
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        int distinct = 0;
        for (int i = 0; i < ids.Length; i++)
            if (distinct == 0 || ids[i] != ids[distinct - 1]) ids[distinct++] = ids[i];
        candidates.RemoveRange(distinct, ids.Length - distinct);
    }

    /// <summary>Postings held (one per band of each indexed text, until <see cref="Compact"/> drops them).</summary>
    public int Postings => postings;

    /// <summary>
    /// Drops the postings of texts for which <paramref name="keep"/> is false (texts a stream has released), and the
    /// band keys left with none: without it an index over an endless stream grows by a posting per band for every
    /// text ever added. Chains keep their order (newest first), so queries over the texts kept are unchanged, except
    /// that a bucket walk capped at <see cref="MaxBucketWalk"/> no longer spends its steps on dropped texts.
    /// Linear in the postings held; a caller compacts when the dropped ones are a good share, so the cost per text
    /// added stays constant.
    /// </summary>
    public void Compact(Func<int, bool> keep)
    {
        var newId = new int[Math.Max(Bands * 2, postings)];
        var newNext = new int[newId.Length];
        int count = 0;
        var keys = new List<ulong>(lastPosting.Count);
        foreach (var key in lastPosting.Keys) keys.Add(key);
        var scratch = new List<int>();
        foreach (ulong key in keys)
        {
            // The chain runs newest first; rebuild it in the same order with only the postings kept.
            scratch.Clear();
            for (int p = lastPosting[key]; p >= 0; p = postingNext[p])
                if (keep(postingId[p])) scratch.Add(postingId[p]);
            if (scratch.Count == 0) { lastPosting.Remove(key); continue; }
            int next = -1;
            for (int k = scratch.Count - 1; k >= 0; k--)
            {
                newId[count] = scratch[k];
                newNext[count] = next;
                next = count++;
            }
            lastPosting[key] = next;
        }
        // The dictionary keeps its capacity: a stream compacts when it has released as many texts as it holds, and
        // the new arrivals fill the freed entries again; trimming would only make it grow (and rehash) once more.
        postingId = newId;
        postingNext = newNext;
        postings = count;
    }

    private ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        ulong h = (ulong)band * 0x9E3779B97F4A7C15UL;
        var rows = signature.Slice(band * Rows, Rows);
        foreach (uint v in rows) h = StableHash.Mix(h ^ v);
        return h;
    }

    private void Check(ReadOnlySpan<uint> signature)
    {
        if (signature.Length < SignatureLength)
            throw new ArgumentException($"signature has {signature.Length} bins; this index needs {SignatureLength} ({Bands} bands × {Rows} rows)", nameof(signature));
    }
}
