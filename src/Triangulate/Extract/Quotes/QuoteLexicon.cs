using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// The word knowledge of the quote stage, learned from data rather than typed: cue verbs with their
/// statistics (<c>quote-cues.tsv</c>) and the class of nouns that head speaker phrases and titles
/// (<c>speaker-nouns.tsv</c>). Both are built by <c>triangulate train quotes</c> from PolNeAR train and
/// WordNet (see docs/RESOURCES.md). Lookups are by lexeme norm.
/// </summary>
public sealed class QuoteLexicon
{
    public const string CuesFile = "quote-cues.tsv";
    public const string NounsFile = "speaker-nouns.tsv";

    private readonly FrozenDictionary<string, CueForm> cueByForm;
    private readonly FrozenDictionary<string, CueVerb> cueByLemma;
    private readonly FrozenDictionary<string, SpeakerNounClass> nouns;

    public QuoteLexicon(IEnumerable<string> cueLines, IEnumerable<string> nounLines)
    {
        var byForm = new Dictionary<string, CueForm>(StringComparer.Ordinal);
        var byLemma = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
        foreach (var line in cueLines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException($"{CuesFile}: expected 7 tab-separated columns in '{line}'");
            var cue = new CueVerb(f[0], Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4]), f[5] == "1");
            byLemma[cue.Lemma] = cue;
            foreach (var entry in f[6].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = entry.Split(':');
                if (parts.Length != 3) throw new InvalidDataException($"{CuesFile}: form entry '{entry}' of '{cue.Lemma}' is not form:cue:text");
                byForm.TryAdd(parts[0], new CueForm(parts[0], cue, Int(parts[1]), Int(parts[2])));
            }
            byForm.TryAdd(cue.Lemma, new CueForm(cue.Lemma, cue, 0, 0));
        }
        cueByForm = byForm.ToFrozenDictionary(StringComparer.Ordinal);
        cueByLemma = byLemma.ToFrozenDictionary(StringComparer.Ordinal);

        var classes = new Dictionary<string, SpeakerNounClass>(StringComparer.Ordinal);
        foreach (var line in nounLines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) throw new InvalidDataException($"{NounsFile}: expected noun and class in '{line}'");
            if (Enum.TryParse<SpeakerNounClass>(f[1], ignoreCase: true, out var c)) classes.TryAdd(f[0], c);
        }
        nouns = classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon bundled with the library.</summary>
    public static QuoteLexicon Shared => shared.Value;
    private static readonly Lazy<QuoteLexicon> shared = new(() => new QuoteLexicon(BundledResource.ReadLines(CuesFile), BundledResource.ReadLines(NounsFile)));

    public int CueCount => cueByLemma.Count;
    public IEnumerable<CueVerb> Cues => cueByLemma.Values;

    /// <summary>The cue-verb form a word is ("remarked" → remark), or null.</summary>
    public CueForm? Cue(string norm)
    {
        if (cueByForm.TryGetValue(norm, out var form)) return form;
        // An inflection the data never showed: the lemmatizer's guess, checked against the known lemmas.
        return norm.Length > 4 && cueByLemma.TryGetValue(Lemmatizer.Shared.Lemma(norm, WordClass.Verb), out var verb) ? new CueForm(norm, verb, 0, 0) : null;
    }

    public CueVerb? CueByLemma(string lemma) => cueByLemma.GetValueOrDefault(lemma);

    /// <summary>Every known form of every cue verb, with its own counts.</summary>
    public IEnumerable<CueForm> Forms => cueByForm.Values;

    /// <summary>What a (common) noun heading a speaker phrase denotes; plurals are reduced first.</summary>
    public SpeakerNounClass NounClass(string norm)
    {
        if (nouns.TryGetValue(norm, out var c)) return c;
        return norm.Length > 3 && nouns.TryGetValue(Lemmatizer.Shared.Lemma(norm, WordClass.Noun), out c) ? c : SpeakerNounClass.None;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
