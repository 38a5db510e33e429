using System.Collections.Immutable;
using Triangulate.Resources;
using Triangulate.Text;
using Triangulate.Text.WordNet;

namespace Triangulate.Compare.Similarity;

/// <summary>
/// Whether two sentences (or clauses) say the same thing in possibly different words: the similarity that aligns
/// claims and paraphrased passages across articles, and that 'triangulate eval paraphrase' measures on MRPC.
/// Words are aligned (<see cref="WordAligner"/>), features read off the alignment (<see cref="PairFeatures"/>) and
/// combined by a logistic regression trained on MRPC (<see cref="ParaphraseModel"/>). Works without WordNet, less
/// well, with the model trained for that case. Thread-safe.
/// </summary>
public sealed class SentenceSimilarity
{
    public SentenceSimilarity(Lemmatizer lemmatizer, WordRelations? relations, TermWeights weights, ParaphraseModel? model)
    {
        Lemmatizer = lemmatizer;
        Relations = relations;
        Weights = weights;
        Model = model;
        if (model is not null && !model.Features.SequenceEqual(PairFeatures.Names))
            throw new InvalidDataException($"the paraphrase model '{model.Variant}' was trained on other features; run 'triangulate train paraphrase'");
    }

    public Lemmatizer Lemmatizer { get; }
    public WordRelations? Relations { get; }
    public TermWeights Weights { get; }
    public ParaphraseModel? Model { get; }
    public bool UsesWordNet => Relations is not null;

    /// <summary>"wordnet" or "rules": which bundled model this configuration uses.</summary>
    public string Variant => UsesWordNet ? "wordnet" : "rules";

    public static IReadOnlyList<string> FeatureNames => PairFeatures.Names;

    /// <summary>With WordNet when it is given, the bundled term weights and the bundled model for that variant.</summary>
    public static SentenceSimilarity Create(WordNetDictionary? wordNet)
    {
        var lemmatizer = wordNet is null ? new Lemmatizer() : new WordNetLemmatizer(wordNet);
        var relations = wordNet is null ? null : new WordRelations(wordNet);
        return new SentenceSimilarity(lemmatizer, relations, TermWeights.Bundled, ParaphraseModel.Bundled(wordNet is null ? "rules" : "wordnet"));
    }

    /// <summary>The process-wide instance over whatever is installed (WordNet from the resource home when present).</summary>
    public static SentenceSimilarity Shared => shared.Value;
    private static readonly Lazy<SentenceSimilarity> shared = new(() => Create(LexicalResources.WordNet));

    /// <summary>Analyses one side once, for many comparisons.</summary>
    public PreparedSentence Prepare(SimilarityInput input) => new(SentenceView.Build(input, Lemmatizer, Weights, Relations), this);

    public SimilarityResult Compare(SimilarityInput a, SimilarityInput b) => Compare(Prepare(a), Prepare(b));

    public SimilarityResult Compare(PreparedSentence a, PreparedSentence b)
    {
        if (a.Owner != this || b.Owner != this) throw new ArgumentException("a prepared sentence can only be compared by the SentenceSimilarity that prepared it");
        var va = a.View;
        var vb = b.View;
        var (matches, conflicts) = WordAligner.Align(va, vb);
        var features = PairFeatures.Compute(va, vb, matches, conflicts);

        var alignment = ImmutableArray.CreateBuilder<WordMatch>(matches.Count);
        var matchedA = new bool[va.Length];
        var matchedB = new bool[vb.Length];
        foreach (var (i, j, kind) in matches)
        {
            alignment.Add(new WordMatch(va.Words[i].Token, vb.Words[j].Token, kind));
            matchedA[i] = matchedB[j] = true;
        }
        AddNumberConflicts(va, vb, matchedA, matchedB, conflicts);
        AddNegationConflict(va, vb, conflicts);

        double probability = Model?.Predict(features) ?? features[2]; // without a model: weighted coverage, uncalibrated
        return new SimilarityResult
        {
            Probability = probability,
            SameMeaning = probability >= (Model?.Threshold ?? 0.5),
            Alignment = alignment.MoveToImmutable(),
            Conflicts = [.. conflicts],
            UnmatchedA = Unmatched(va, matchedA, PairFeatures.EntitiesOf(vb)),
            UnmatchedB = Unmatched(vb, matchedB, PairFeatures.EntitiesOf(va)),
            Features = [.. features],
        };
    }

    private static readonly int NumberMismatch = Array.IndexOf(PairFeatures.Names, "number_mismatch");
    private static readonly int UnmatchedNumbers = Array.IndexOf(PairFeatures.Names, "unmatched_numbers");
    private static readonly int NumbersAllMatched = Array.IndexOf(PairFeatures.Names, "numbers_all_matched");
    private static readonly int NegationMismatch = Array.IndexOf(PairFeatures.Names, "negation_mismatch");
    private static readonly int Antonym = Array.IndexOf(PairFeatures.Names, "antonym");

    /// <summary>
    /// The probability that the two state the same fact whether or not they agree on it: the model read with its
    /// disagreement features (numbers, negation, antonyms) set to "agree", and without its training set's base rate.
    /// Paraphrase detection rightly says "six hours" and "four hours" differ in meaning; claim alignment must still
    /// put them side by side, to report the conflict. MRPC pairs were picked as likely paraphrases (two in three
    /// are); two clauses of a story picked by shared words are far less often the same fact, and read with MRPC's
    /// prior every loosely related pair looks like one, so the prior is taken out (a logit shift to even odds).
    /// Without a model, <see cref="SimilarityResult.Probability"/> with the same shift.
    /// </summary>
    public double ProbabilitySameFact(SimilarityResult result)
    {
        if (Model is null) return WithoutTrainingPrior(result.Probability);
        Span<double> f = stackalloc double[result.Features.Length];
        result.Features.AsSpan().CopyTo(f);
        bool disagreed = f[NumberMismatch] > 0 || f[UnmatchedNumbers] > 0;
        f[NumberMismatch] = 0;
        f[UnmatchedNumbers] = 0;
        if (disagreed) f[NumbersAllMatched] = 1;
        f[NegationMismatch] = 0;
        f[Antonym] = 0;
        return WithoutTrainingPrior(Model.Predict(f));
    }

    /// <summary>Share of paraphrases among the MRPC training pairs the model learned from (2,753 of 4,076).</summary>
    private const double TrainingPrior = 0.675;

    private static double WithoutTrainingPrior(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        double logit = Math.Log(p / (1 - p)) - Math.Log(TrainingPrior / (1 - TrainingPrior));
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>Tokenises and tags two plain sentences as the pipeline would (the bundled part-of-speech tagger) and
    /// compares them: for tests, the CLI, and training, so that the model learns from the inputs it will get.</summary>
    public SimilarityResult Compare(string a, string b)
    {
        var (ta, tagsA) = Analyse(a);
        var (tb, tagsB) = Analyse(b);
        return Compare(new SimilarityInput(ta.AsSpan(), tagsA), new SimilarityInput(tb.AsSpan(), tagsB));
    }

    private static (Model.TokenList Tokens, Model.PosTag[] Tags) Analyse(string text)
    {
        var tokens = Tokenizer.Shared.Tokenize(text);
        var words = new Model.Lexeme[tokens.Count];
        for (int i = 0; i < words.Length; i++) words[i] = tokens[i].Lexeme;
        var tags = new Model.PosTag[tokens.Count];
        Extract.Tags.PosTagger.Shared.Tag(words, tags);
        return (tokens, tags);
    }

    /// <summary>Feature vector only (training and evaluation).</summary>
    public double[] Features(string a, string b) => [.. Compare(a, b).Features];

    /// <summary>Content words and numbers without a partner, a word of an entity the other side also names aside.</summary>
    private static ImmutableArray<int> Unmatched(SentenceView v, bool[] matched, ulong[] otherEntities)
    {
        var result = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < v.Length; i++)
        {
            ref readonly var w = ref v.Words[i];
            if (matched[i] || !(w.Is(WordFlags.Content) || w.Is(WordFlags.Number))) continue;
            if (w.Entity != 0 && Array.IndexOf(otherEntities, w.Entity) >= 0) continue;
            result.Add(w.Token);
        }
        return result.ToImmutable();
    }

    /// <summary>Numbers left unmatched on a side whose counterpart has unmatched numbers too: candidates for "the figures differ".</summary>
    private static void AddNumberConflicts(SentenceView a, SentenceView b, bool[] matchedA, bool[] matchedB, List<WordConflict> conflicts)
    {
        if (!HasFreeNumber(a, matchedA) || !HasFreeNumber(b, matchedB)) return;
        var freeA = Enumerable.Range(0, a.Length).Where(i => a.Words[i].Is(WordFlags.Number) && !matchedA[i]).ToList();
        var freeB = Enumerable.Range(0, b.Length).Where(j => b.Words[j].Is(WordFlags.Number) && !matchedB[j]).ToList();
        if (freeA.Count == 0 || freeB.Count == 0) return;
        // Pair them in order: the first differing figure of one with the first of the other.
        for (int k = 0; k < Math.Max(freeA.Count, freeB.Count); k++)
            conflicts.Add(new WordConflict(ConflictKind.Number,
                k < freeA.Count ? a.Words[freeA[k]].Token : -1, k < freeB.Count ? b.Words[freeB[k]].Token : -1));
    }

    private static bool HasFreeNumber(SentenceView v, bool[] matched)
    {
        for (int i = 0; i < v.Length; i++) if (!matched[i] && v.Words[i].Is(WordFlags.Number)) return true;
        return false;
    }

    private static void AddNegationConflict(SentenceView a, SentenceView b, List<WordConflict> conflicts)
    {
        int na = 0, nb = 0;
        foreach (var w in a.Words) if (w.Is(WordFlags.Negation)) na++;
        foreach (var w in b.Words) if (w.Is(WordFlags.Negation)) nb++;
        if (na % 2 == nb % 2) return;
        int ta = Array.FindIndex(a.Words, w => w.Is(WordFlags.Negation));
        int tb = Array.FindIndex(b.Words, w => w.Is(WordFlags.Negation));
        conflicts.Add(new WordConflict(ConflictKind.Negation, ta >= 0 ? a.Words[ta].Token : -1, tb >= 0 ? b.Words[tb].Token : -1));
    }
}
