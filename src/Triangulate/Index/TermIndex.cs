namespace Triangulate.Index;

/// <summary>
/// An inverted index from term hashes (<see cref="Model.Lexeme.Hash"/>-style 64-bit hashes) to the ids
/// that hold the term, each list a delta-encoded <see cref="Postings"/>. Online: ids are added and removed
/// as the things they stand for change (a story's top terms shift, a story is closed), and a term whose list
/// empties is dropped, so the index holds only what is live. Not thread-safe: one writer.
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<ulong, Postings> postings = [];

    /// <summary>Terms with at least one id.</summary>
    public int Terms => postings.Count;

    /// <summary>Total (term, id) entries.</summary>
    public long Entries { get; private set; }

    public void Add(ulong term, int id)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            list = new Postings(4);
            postings[term] = list;
        }
        if (list.Add(id)) Entries++;
    }

    public void Remove(ulong term, int id)
    {
        if (!postings.TryGetValue(term, out var list) || !list.Remove(id)) return;
        Entries--;
        if (list.Count == 0) postings.Remove(term);
        else if (list.AllocatedBytes > 64 && list.EncodedBytes < list.AllocatedBytes / 4) list.Trim();
    }

    /// <summary>The ids holding <paramref name="term"/>, or null when none does.</summary>
    public Postings? Find(ulong term) => postings.GetValueOrDefault(term);

    /// <summary>Approximate bytes held: the encoded lists, their slack, and the dictionary entries.</summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = postings.Count * (8L + 8 + 4 + 4 + 4);  // dictionary entry and bucket
            foreach (var list in postings.Values) bytes += 48 + list.AllocatedBytes; // object + array headers
            return bytes;
        }
    }
}
