using System.Runtime.InteropServices;
using System.Text;

namespace Triangulate.Text.WordNet;

/// <summary>
/// The compact binary form of a WordNet database, built once by 'triangulate setup' and read by
/// <see cref="WordNetDictionary"/>. Every table is a flat little-endian array, 8-byte aligned, so loading is one
/// file read and no parsing: strings sorted by their UTF-8 bytes (found by binary search, never put in a hash
/// table at start-up), lemma entries (string, word class) with their synsets in sense order, synsets with their
/// words and pointers, and the morphological exceptions. Glosses are left out: nothing at analysis time reads them.
/// </summary>
public static class WordNetCache
{
    internal static ReadOnlySpan<byte> Magic => "TRIWNC01"u8;

    /// <summary>Bumped whenever the layout changes; an older cache is reported as needing 'triangulate setup'.</summary>
    public const int FormatVersion = 1;

    internal enum Section
    {
        StringOffsets, StringBytes, StringEntryStart,
        EntryString, EntryClass, EntrySenseStart, Senses,
        SynsetClass, SynsetLexFile, SynsetOffset, SynsetWordStart, Words, SynsetPointerStart, Pointers,
        ExceptionForm, ExceptionClass, ExceptionBase,
        Count,
    }

    /// <summary>Packs <paramref name="data"/> into the cache format. Deterministic: the same data gives the same bytes.</summary>
    public static byte[] Build(WordNetData data, string source)
    {
        // Strings: every lemma and exception form/base, sorted by UTF-8 bytes.
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in data.Index) all.Add(e.Lemma);
        foreach (var s in data.Synsets) foreach (var w in s.Words) all.Add(w.Lemma);
        foreach (var x in data.Exceptions) { all.Add(x.Form); all.Add(x.Base); }
        var strings = all.Select(s => (Text: s, Bytes: Encoding.UTF8.GetBytes(s))).ToList();
        strings.Sort((a, b) => a.Bytes.AsSpan().SequenceCompareTo(b.Bytes));
        var stringId = new Dictionary<string, int>(strings.Count, StringComparer.Ordinal);
        for (int i = 0; i < strings.Count; i++) stringId[strings[i].Text] = i;

        // Synsets, ordered by (class, offset): ids are dense and stable for a given database.
        var synsets = data.Synsets.OrderBy(s => s.Class).ThenBy(s => s.Offset).ToList();
        var synsetId = new Dictionary<(WordClass, int), int>(synsets.Count);
        for (int i = 0; i < synsets.Count; i++) synsetId[(synsets[i].Class, synsets[i].Offset)] = i;

        // Lemma entries (string, class) from the index, in sense order; words found only in data files get their synsets in id order.
        var entrySenses = new Dictionary<(int, WordClass), List<int>>();
        foreach (var e in data.Index)
        {
            var list = new List<int>(e.Offsets.Length);
            foreach (int offset in e.Offsets)
                if (synsetId.TryGetValue((e.Class, offset), out int id)) list.Add(id);
            entrySenses[(stringId[e.Lemma], e.Class)] = list;
        }
        for (int i = 0; i < synsets.Count; i++)
            foreach (var w in synsets[i].Words)
            {
                var key = (stringId[w.Lemma], synsets[i].Class);
                if (!entrySenses.TryGetValue(key, out var list)) entrySenses[key] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        var entries = entrySenses.Keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2).ToList();
        var entryId = new Dictionary<(int, WordClass), int>(entries.Count);
        for (int i = 0; i < entries.Count; i++) entryId[entries[i]] = i;

        var stringOffsets = new int[strings.Count + 1];
        var stringBytes = new MemoryStream();
        for (int i = 0; i < strings.Count; i++) { stringOffsets[i] = (int)stringBytes.Length; stringBytes.Write(strings[i].Bytes); }
        stringOffsets[strings.Count] = (int)stringBytes.Length;

        var stringEntryStart = new int[strings.Count + 1];
        var entryString = new int[entries.Count];
        var entryClass = new byte[entries.Count];
        var entrySenseStart = new int[entries.Count + 1];
        var senses = new List<int>();
        int next = 0;
        for (int s = 0; s < strings.Count; s++)
        {
            stringEntryStart[s] = next;
            while (next < entries.Count && entries[next].Item1 == s) next++;
        }
        stringEntryStart[strings.Count] = entries.Count;
        for (int i = 0; i < entries.Count; i++)
        {
            entryString[i] = entries[i].Item1;
            entryClass[i] = (byte)entries[i].Item2;
            entrySenseStart[i] = senses.Count;
            senses.AddRange(entrySenses[entries[i]]);
        }
        entrySenseStart[entries.Count] = senses.Count;

        var synsetClass = new byte[synsets.Count];
        var synsetLexFile = new byte[synsets.Count];
        var synsetOffset = new int[synsets.Count];
        var synsetWordStart = new int[synsets.Count + 1];
        var synsetPointerStart = new int[synsets.Count + 1];
        var words = new List<int>();
        var pointers = new List<long>();
        for (int i = 0; i < synsets.Count; i++)
        {
            var s = synsets[i];
            synsetClass[i] = (byte)s.Class;
            synsetLexFile[i] = s.LexFile;
            synsetOffset[i] = s.Offset;
            synsetWordStart[i] = words.Count;
            foreach (var w in s.Words)
                words.Add(entryId[(stringId[w.Lemma], s.Class)] | (w.Capitalised ? CapitalisedBit : 0));
            synsetPointerStart[i] = pointers.Count;
            foreach (var p in s.Pointers)
            {
                // A pointer to a synset the files do not have is dropped rather than failing the whole install.
                if (!synsetId.TryGetValue((p.TargetClass, p.TargetOffset), out int target)) continue;
                pointers.Add(PackPointer(target, p.Kind, p.SourceWord, p.TargetWord));
            }
        }
        synsetWordStart[synsets.Count] = words.Count;
        synsetPointerStart[synsets.Count] = pointers.Count;

        var exceptions = data.Exceptions
            .Select(x => (Form: stringId[x.Form], x.Class, Base: stringId[x.Base]))
            .Distinct().OrderBy(x => x.Form).ThenBy(x => x.Class).ThenBy(x => x.Base).ToList();

        var sections = new byte[(int)Section.Count][];
        sections[(int)Section.StringOffsets] = Bytes(stringOffsets);
        sections[(int)Section.StringBytes] = stringBytes.ToArray();
        sections[(int)Section.StringEntryStart] = Bytes(stringEntryStart);
        sections[(int)Section.EntryString] = Bytes(entryString);
        sections[(int)Section.EntryClass] = entryClass;
        sections[(int)Section.EntrySenseStart] = Bytes(entrySenseStart);
        sections[(int)Section.Senses] = Bytes(senses.ToArray());
        sections[(int)Section.SynsetClass] = synsetClass;
        sections[(int)Section.SynsetLexFile] = synsetLexFile;
        sections[(int)Section.SynsetOffset] = Bytes(synsetOffset);
        sections[(int)Section.SynsetWordStart] = Bytes(synsetWordStart);
        sections[(int)Section.Words] = Bytes(words.ToArray());
        sections[(int)Section.SynsetPointerStart] = Bytes(synsetPointerStart);
        sections[(int)Section.Pointers] = MemoryMarshal.AsBytes(pointers.ToArray().AsSpan()).ToArray();
        sections[(int)Section.ExceptionForm] = Bytes(exceptions.Select(x => x.Form).ToArray());
        sections[(int)Section.ExceptionClass] = exceptions.Select(x => (byte)x.Class).ToArray();
        sections[(int)Section.ExceptionBase] = Bytes(exceptions.Select(x => x.Base).ToArray());

        // Header: magic, format, metadata (version and source), then the section table, then 8-byte aligned sections.
        var output = new MemoryStream();
        var writer = new BinaryWriter(output, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(data.Version);
        writer.Write(source);
        writer.Write(sections.Length);
        long table = output.Position;
        foreach (var _ in sections) { writer.Write(0); writer.Write(0); }
        var offsets = new int[sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            while (output.Position % 8 != 0) writer.Write((byte)0);
            offsets[i] = (int)output.Position;
            writer.Write(sections[i]);
        }
        output.Position = table;
        for (int i = 0; i < sections.Length; i++) { writer.Write(offsets[i]); writer.Write(sections[i].Length); }
        writer.Flush();
        return output.ToArray();
    }

    internal const int CapitalisedBit = 1 << 31;

    internal static long PackPointer(int target, PointerKind kind, byte source, byte targetWord) =>
        (uint)target | ((long)kind << 32) | ((long)source << 40) | ((long)targetWord << 48);

    private static byte[] Bytes(int[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
}
