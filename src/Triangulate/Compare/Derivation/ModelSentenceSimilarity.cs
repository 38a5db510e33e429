using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Triangulate.Compare.Similarity;

namespace Triangulate.Compare.Derivation;

/// <summary>
/// The MRPC-trained <see cref="SentenceSimilarity"/> behind the derivation seam: it sees synonyms and derived
/// forms ("recommence"/"resume", "exchange"/"sharing") that plain lemma overlap misses, which is what a
/// reworded rewrite is made of. Costlier per pair than overlap, so it serves story-sized analysis; the stream
/// keeps <see cref="LemmaOverlapSimilarity"/>. Each sentence is prepared once per article and reused.
/// </summary>
public sealed class ModelSentenceSimilarity(SentenceSimilarity model) : ISentenceSimilarity
{
    private readonly ConditionalWeakTable<DerivationProfile, ConcurrentDictionary<int, PreparedSentence>> prepared = [];

    public string Name => $"mrpc-{model.Variant}";

    /// <summary>Pairs sharing less than this weighted lemma overlap are not scored: no synonym bridge closes that gap often enough to pay for it.</summary>
    public double Prefilter => 0.12;

    /// <summary>The model's own decision threshold (chosen on the MRPC training portion).</summary>
    public double AlignThreshold => model.Model?.Threshold ?? 0.5;

    /// <summary>The model reads each sentence's tokens and tags from the article's Doc.</summary>
    public bool ReadsDocuments => true;

    public double Score(in SentencePair pair) => model.Compare(Prepare(pair.A, pair.SentenceA), Prepare(pair.B, pair.SentenceB)).Probability;

    private PreparedSentence Prepare(DerivationProfile profile, int sentence) =>
        prepared.GetValue(profile, _ => new ConcurrentDictionary<int, PreparedSentence>())
            .GetOrAdd(sentence, s => model.Prepare(SimilarityInput.Of(profile.Doc ?? throw new InvalidOperationException($"article '{profile.Id}': profile built without its Doc"), s)));
}
