using System.Runtime.InteropServices;

namespace Triangulate.Index;

/// <summary>
/// Document frequencies learned online from a stream, for IDF: every observed document adds one to the
/// count of each distinct term it holds. Counts (and the document total) are halved every
/// <see cref="HalfLife"/> documents and terms whose count falls below one are forgotten, so IDF follows
/// what the stream talks about now and the table stays bounded in a continuous stream (a term must recur
/// to stay). The table also keeps one readable form of each term, for labels.
/// </summary>
public sealed class TermStatistics(int halfLife = 200_000, double priorDocuments = 0)
{
    private struct Entry
    {
        public float Count;
        public bool Entity;
        public string? Text;
    }

    private readonly Dictionary<ulong, Entry> entries = [];
    private int sinceHalving;

    public int HalfLife { get; } = halfLife > 0 ? halfLife : throw new ArgumentOutOfRangeException(nameof(halfLife));

    /// <summary>
    /// Pseudo-documents added to the document total, holding none of the terms: until the stream has shown which
    /// words are common, every content word is taken as rare, so the first articles of a small input are compared on
    /// the words they share rather than on the few they do not (with two articles, a word both hold would
    /// otherwise weigh a third of a word only one holds). The stream's own counts dominate once it is several
    /// times longer.
    /// </summary>
    public double PriorDocuments { get; } = priorDocuments >= 0 ? priorDocuments : throw new ArgumentOutOfRangeException(nameof(priorDocuments));

    /// <summary>Documents observed, after decay.</summary>
    public double Documents { get; private set; }

    public int Terms => entries.Count;

    /// <summary>Counts one document holding each of <paramref name="terms"/> (distinct), and gives each term's IDF
    /// after counting it into <paramref name="idf"/> (one lookup a term).</summary>
    public void Observe(ReadOnlySpan<ulong> terms, ReadOnlySpan<string> texts, ReadOnlySpan<bool> entity, Span<double> idf)
    {
        if (++sinceHalving > HalfLife) Halve();
        Documents += 1;
        double total = Math.Log(Documents + PriorDocuments + 1);
        for (int i = 0; i < terms.Length; i++)
        {
            ref var e = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, terms[i], out bool existed);
            e.Count += 1;
            idf[i] = total - Math.Log(Math.Max(1.0, e.Count));
            if (!existed || (entity[i] && !e.Entity)) e.Text = texts[i]; // a name is shown as written
            if (entity[i]) e.Entity = true;
        }
    }

    /// <summary>Documents that held <paramref name="term"/> (decayed), 0 when unknown.</summary>
    public float Count(ulong term) => entries.TryGetValue(term, out var e) ? e.Count : 0;

    /// <summary>
    /// ln((N + prior + 1) / df), df at least 1: a term seen in every document still weighs something rather than
    /// nothing, and a term forgotten by decay weighs like a term seen once.
    /// </summary>
    public double Idf(ulong term)
    {
        float df = entries.TryGetValue(term, out var e) ? e.Count : 0;
        return Math.Log((Documents + PriorDocuments + 1) / Math.Max(1.0, df));
    }

    public string? TextOf(ulong term) => entries.TryGetValue(term, out var e) ? e.Text : null;

    public bool IsEntity(ulong term) => entries.TryGetValue(term, out var e) && e.Entity;

    /// <summary>Approximate bytes held (dictionary entries; the texts are shared with the lexicon).</summary>
    public long EstimatedBytes => entries.Count * (8L + 4 + 1 + 8 + 8 + 4 + 4);

    private void Halve()
    {
        sinceHalving = 1;
        Documents /= 2;
        List<ulong>? forget = null;
        foreach (var key in entries.Keys)
        {
            ref var e = ref CollectionsMarshal.GetValueRefOrNullRef(entries, key);
            e.Count /= 2;
            if (e.Count < 1) (forget ??= []).Add(key);
        }
        if (forget is not null) foreach (var key in forget) entries.Remove(key);
        entries.TrimExcess();
    }
}
