using System.Buffers;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;
using System.Runtime.CompilerServices;
using Section = Triangulate.Text.WordNet.WordNetCache.Section;

namespace Triangulate.Text.WordNet;

/// <summary>
/// Read-only WordNet over the binary cache (<see cref="WordNetCache"/>): lemmas → synsets in sense order,
/// synsets → words and pointers, morphological exceptions. Loading is one file read; queries are binary
/// searches and array reads over that buffer, so the dictionary costs nothing until it is asked something.
/// The cache file is memory-mapped: opening it reads nothing, and a query pages in only what it touches.
/// Thread-safe. Lemmas are matched as WordNet writes them: lower case, '_' between the words of a collocation.
/// </summary>
public sealed unsafe class WordNetDictionary
{
    private readonly byte* data;
    private readonly int size;
    // The mapping (or pinned array) the pointer points into; kept for the dictionary's lifetime, which is the process's.
    private readonly object owner;
    private readonly (int Offset, int Length)[] sections;
    private readonly string?[] decoded;

    private WordNetDictionary(byte* data, int size, object owner, (int, int)[] sections, string version, string source)
    {
        this.data = data;
        this.size = size;
        this.owner = owner;
        this.sections = sections;
        Version = version;
        Source = source;
        decoded = new string?[StringOffsets.Length - 1];
    }

    /// <summary>WordNet release of the data ("3.0", "3.1"), read from the licence header of the data files.</summary>
    public string Version { get; }

    /// <summary>Where the data came from (a folder, or an npm package and version).</summary>
    public string Source { get; }

    public int SynsetCount => Bytes(Section.SynsetClass).Length;
    public int EntryCount => Bytes(Section.EntryClass).Length;
    public int ExceptionCount => Bytes(Section.ExceptionClass).Length;
    public int ByteSize => size;

    /// <summary>Maps a cache file; throws <see cref="InvalidDataException"/> naming it when it is not a cache of this format.</summary>
    public static WordNetDictionary Load(string path)
    {
        long length = new FileInfo(path).Length;
        if (length < 16 || length > int.MaxValue) throw new InvalidDataException($"{path} is not a Triangulate WordNet cache");
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            return Open(pointer + view.PointerOffset, (int)length, (file, view), path);
        }
        catch
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>Opens a cache image held in memory (tests, and caches built on the fly).</summary>
    public static WordNetDictionary FromBytes(byte[] bytes, string origin = "WordNet cache")
    {
        var pinned = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned, 0);
        return Open((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned)), pinned.Length, pinned, origin);
    }

    private static WordNetDictionary Open(byte* bytes, int length, object owner, string origin)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the WordNet cache is little-endian");
        if (length < 16 || !new ReadOnlySpan<byte>(bytes, 8).SequenceEqual(WordNetCache.Magic))
            throw new InvalidDataException($"{origin} is not a Triangulate WordNet cache");
        using var reader = new BinaryReader(new UnmanagedMemoryStream(bytes, length), Encoding.UTF8);
        reader.ReadBytes(8);
        int format = reader.ReadInt32();
        if (format != WordNetCache.FormatVersion)
            throw new InvalidDataException($"{origin} has cache format {format}, this build reads {WordNetCache.FormatVersion}: run 'triangulate setup' to rebuild it");
        try
        {
            string version = reader.ReadString();
            string source = reader.ReadString();
            int count = reader.ReadInt32();
            if (count != (int)Section.Count) throw new InvalidDataException($"{origin}: {count} sections, expected {(int)Section.Count}");
            var sections = new (int, int)[count];
            for (int i = 0; i < count; i++)
            {
                int offset = reader.ReadInt32();
                int count2 = reader.ReadInt32();
                if (offset < 0 || count2 < 0 || (long)offset + count2 > length) throw new InvalidDataException($"{origin} is truncated");
                sections[i] = (offset, count2);
            }
            return new WordNetDictionary(bytes, length, owner, sections, version, source);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{origin} is truncated");
        }
    }

    // ---- raw tables ----
    private ReadOnlySpan<byte> Bytes(Section s) => new(data + sections[(int)s].Offset, sections[(int)s].Length);
    private ReadOnlySpan<int> Ints(Section s) => MemoryMarshal.Cast<byte, int>(Bytes(s));
    private ReadOnlySpan<int> StringOffsets => Ints(Section.StringOffsets);

    /// <summary>Id of a string in the cache's sorted table, or -1 (binary search over UTF-8 bytes, no allocation for short words).</summary>
    internal int FindString(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 256 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[256];
        try
        {
            int n = Encoding.UTF8.GetBytes(text, buffer);
            var key = buffer[..n];
            // Collocations are stored with '_' ("prime_minister"); accept spaces from callers.
            for (int i = 0; i < key.Length; i++) if (key[i] == (byte)' ') key[i] = (byte)'_';
            var offsets = StringOffsets;
            var blob = Bytes(Section.StringBytes);
            int lo = 0, hi = offsets.Length - 2;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int c = blob[offsets[mid]..offsets[mid + 1]].SequenceCompareTo(key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal string StringAt(int id)
    {
        var s = decoded[id];
        if (s is not null) return s;
        var offsets = StringOffsets;
        s = Encoding.UTF8.GetString(Bytes(Section.StringBytes)[offsets[id]..offsets[id + 1]]);
        decoded[id] = s;
        return s;
    }

    // ---- lemma entries ----

    /// <summary>The lemma entry for (lemma, class), or -1. With <see cref="WordClass.Any"/>, the first class that has it (noun, verb, adjective, adverb).</summary>
    public int FindEntry(ReadOnlySpan<char> lemma, WordClass wordClass = WordClass.Any)
    {
        int s = FindString(lemma);
        if (s < 0) return -1;
        var start = Ints(Section.StringEntryStart);
        var classes = Bytes(Section.EntryClass);
        for (int e = start[s]; e < start[s + 1]; e++)
            if (wordClass == WordClass.Any || classes[e] == (byte)wordClass) return e;
        return -1;
    }

    /// <summary>Every lemma entry of a string (one per word class it has), as a range of entry ids.</summary>
    public (int First, int Count) EntriesOf(ReadOnlySpan<char> lemma)
    {
        int s = FindString(lemma);
        if (s < 0) return (0, 0);
        var start = Ints(Section.StringEntryStart);
        return (start[s], start[s + 1] - start[s]);
    }

    public bool Contains(ReadOnlySpan<char> lemma, WordClass wordClass = WordClass.Any) => FindEntry(lemma, wordClass) >= 0;

    public string LemmaOf(int entry) => StringAt(Ints(Section.EntryString)[entry]);
    public WordClass ClassOf(int entry) => (WordClass)Bytes(Section.EntryClass)[entry];

    /// <summary>Synset ids of an entry, most frequent sense first.</summary>
    public ReadOnlySpan<int> SensesOf(int entry)
    {
        var start = Ints(Section.EntrySenseStart);
        return Ints(Section.Senses)[start[entry]..start[entry + 1]];
    }

    /// <summary>The synsets of a lemma in the given class (or all classes, noun first), most frequent sense first.</summary>
    public IReadOnlyList<Synset> Synsets(ReadOnlySpan<char> lemma, WordClass wordClass = WordClass.Any)
    {
        var result = new List<Synset>();
        var (first, count) = EntriesOf(lemma);
        for (int e = first; e < first + count; e++)
        {
            if (wordClass != WordClass.Any && ClassOf(e) != wordClass) continue;
            foreach (int id in SensesOf(e)) result.Add(new Synset(this, id));
        }
        return result;
    }

    // ---- synsets ----
    public Synset Synset(int id) => new(this, id);
    internal WordClass SynsetClass(int id) => (WordClass)Bytes(Section.SynsetClass)[id];
    internal int SynsetLexFile(int id) => Bytes(Section.SynsetLexFile)[id];
    internal int SynsetOffset(int id) => Ints(Section.SynsetOffset)[id];

    /// <summary>Entry ids of the synset's words in WordNet's order; bit 31 set when the word is capitalised in the data (a name).</summary>
    internal ReadOnlySpan<int> SynsetWords(int id)
    {
        var start = Ints(Section.SynsetWordStart);
        return Ints(Section.Words)[start[id]..start[id + 1]];
    }

    internal ReadOnlySpan<long> SynsetPointers(int id)
    {
        var start = Ints(Section.SynsetPointerStart);
        return MemoryMarshal.Cast<byte, long>(Bytes(Section.Pointers))[start[id]..start[id + 1]];
    }

    // ---- exceptions ----

    /// <summary>Base forms the exception list gives for an irregular form ("went" → "go", "geese" → "goose"); empty when none.</summary>
    public IReadOnlyList<string> ExceptionBases(ReadOnlySpan<char> form, WordClass wordClass)
    {
        int s = FindString(form);
        if (s < 0) return [];
        var forms = Ints(Section.ExceptionForm);
        int lo = 0, hi = forms.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (forms[mid] < s) lo = mid + 1; else hi = mid;
        }
        List<string>? result = null;
        var classes = Bytes(Section.ExceptionClass);
        var bases = Ints(Section.ExceptionBase);
        for (int i = lo; i < forms.Length && forms[i] == s; i++)
            if (wordClass == WordClass.Any || classes[i] == (byte)wordClass) (result ??= []).Add(StringAt(bases[i]));
        return result ?? (IReadOnlyList<string>)[];
    }
}
