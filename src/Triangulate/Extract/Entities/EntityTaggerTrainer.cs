using System.Diagnostics;
using Triangulate.Eval;
using Triangulate.Extract.Tagging;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Trains the <see cref="EntityTagger"/>'s two models on CoNLL-2003 (IOB1 tags, converted to BILOU).
/// The second pass learns from first-pass predictions made the way they will be made at run time, on
/// documents the first pass did not train on: the training documents are split into <see cref="Folds"/>
/// folds, each tagged by a first-pass model trained on the other folds (jackknifing), so the second pass
/// does not learn to trust first-pass output that is better than it will ever be on new text.
/// Deterministic: fixed epochs, seed and fold assignment (document index modulo the fold count).
/// </summary>
public static class EntityTaggerTrainer
{
    /// <summary>Chosen on a held-out fifth of eng.train (<c>triangulate train entities --heldout 0.2</c>), never on eng.testa.</summary>
    public const int DefaultEpochs = 10;
    public const int Folds = 4;
    public const int Seed = 20032;
    public const float PruneBelow = 0.05f;

    public static readonly string[] Labels = Bilou.Labels(EntityTagger.Types);

    public sealed record TrainingDocument(NerDocumentContext Context, int[][] Gold);

    public static List<TrainingDocument> Prepare(IReadOnlyList<ConllDocument> documents) =>
        documents.Select(d =>
        {
            var sentences = d.Sentences.Select(s => Lexemes(s.Words)).ToList();
            var gold = d.Sentences.Select(s => Bilou.Encode(s.Words.Length, Bilou.SpansFromIob(s.NerTags), Labels)).ToArray();
            return new TrainingDocument(new NerDocumentContext(sentences), gold);
        }).ToList();

    internal static Lexeme[] Lexemes(IReadOnlyList<string> words)
    {
        var result = new Lexeme[words.Count];
        for (int i = 0; i < words.Count; i++) result[i] = Lexicon.Shared.Get(words[i]);
        return result;
    }

    public static EntityTagger Train(IReadOnlyList<ConllDocument> documents, Gazetteer gazetteer, int epochs = DefaultEpochs, bool secondPass = true,
        Action<string>? log = null, string source = "eng.train")
    {
        var watch = Stopwatch.StartNew();
        var docs = Prepare(documents);
        var features = new NerFeatures(gazetteer);
        Dictionary<string, string> Metadata(string pass) => new()
        {
            ["task"] = "ner-" + pass,
            ["data"] = source,
            ["epochs"] = epochs.ToString(),
            ["seed"] = Seed.ToString(),
            ["folds"] = Folds.ToString(),
            ["gazetteer-entries"] = gazetteer.Count.ToString(),
        };

        SequenceModel TrainPass(IEnumerable<TrainingDocument> set, bool second, string name)
        {
            var trainer = new PerceptronTrainer(Labels);
            var buffer = new FeatureBuffer();
            foreach (var d in set)
                for (int s = 0; s < d.Gold.Length; s++)
                {
                    features.Extract(d.Context, s, buffer, second);
                    trainer.Add(buffer, d.Gold[s]);
                }
            log?.Invoke($"{name}: {trainer.SentenceCount} sentences, {trainer.TokenCount} tokens, {trainer.DistinctFeatures} features");
            var model = trainer.Train(epochs, Seed, PruneBelow, Metadata(second ? "second-pass" : "first-pass"), null);
            log?.Invoke($"{name}: kept {model.FeatureCount} features, {model.WeightCount} weights ({watch.Elapsed.TotalSeconds:0}s)");
            return model;
        }

        var first = TrainPass(docs, false, "first pass");
        if (!secondPass) return new EntityTagger(first, null, gazetteer);

        var buffer = new FeatureBuffer();
        for (int fold = 0; fold < Folds; fold++)
        {
            var model = TrainPass(docs.Where((_, i) => i % Folds != fold), false, $"fold {fold + 1}/{Folds}");
            for (int i = fold; i < docs.Count; i += Folds)
            {
                var context = docs[i].Context;
                var labels = new int[context.Sentences.Count][];
                for (int s = 0; s < labels.Length; s++)
                {
                    features.Extract(context, s, buffer);
                    labels[s] = model.Decode(buffer);
                }
                context.SetFirstPass(labels, Labels, EntityTagger.Types);
            }
        }
        var second = TrainPass(docs, true, "second pass");
        return new EntityTagger(first, second, gazetteer);
    }
}
