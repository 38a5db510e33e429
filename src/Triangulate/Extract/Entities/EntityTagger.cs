using Triangulate.Extract.Tagging;
using Triangulate.Model;
using Triangulate.Resources;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Named-entity tagger (PER, ORG, LOC, MISC) trained by <see cref="EntityTaggerTrainer"/> on CoNLL-2003:
/// two averaged-perceptron BILOU models run in turn over a whole document. The first uses local, gazetteer
/// and document-capitalisation features; the second adds what the first found for the same words elsewhere in
/// the document (Ratinov &amp; Roth's two-stage prediction aggregation), so "Rubio" alone in a later sentence
/// gets the type "Marco Rubio" got. Thread-safe; the bundled models load on first use.
/// </summary>
public sealed class EntityTagger
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public const string FirstPassResource = "ner-model-1.tsm";
    public const string SecondPassResource = "ner-model-2.tsm";

    public EntityTagger(SequenceModel firstPass, SequenceModel? secondPass, Gazetteer gazetteer)
    {
        FirstPass = firstPass;
        SecondPass = secondPass;
        Features = new NerFeatures(gazetteer);
    }

    public SequenceModel FirstPass { get; }
    public SequenceModel? SecondPass { get; }
    public NerFeatures Features { get; }

    public static EntityTagger Shared => shared.Value;
    private static readonly Lazy<EntityTagger> shared = new(() =>
    {
        // The gazetteer and the two models are independent: load them side by side to halve start-up latency.
        var gazetteer = Task.Run(() => Gazetteer.Shared);
        var second = Task.Run(() => LoadBundled(SecondPassResource));
        var first = LoadBundled(FirstPassResource);
        return new EntityTagger(first, second.Result, gazetteer.Result);
    });

    private static SequenceModel LoadBundled(string name)
    {
        using var stream = BundledResource.Open(name);
        return SequenceModel.Load(stream, name);
    }

    /// <summary>Loads a model pair written by <c>triangulate train entities --out DIR</c>.</summary>
    public static EntityTagger Load(string directory, Gazetteer? gazetteer = null)
    {
        SequenceModel Read(string name)
        {
            using var s = File.OpenRead(Path.Combine(directory, name));
            return SequenceModel.Load(s, Path.Combine(directory, name));
        }
        string second = Path.Combine(directory, SecondPassResource);
        return new EntityTagger(Read(FirstPassResource), File.Exists(second) ? Read(SecondPassResource) : null, gazetteer ?? Gazetteer.Shared);
    }

    [ThreadStatic] private static FeatureBuffer? buffer;

    /// <summary>Tags every sentence of one document (its sentences as word types, in order).</summary>
    public TaggedSpan[][] Tag(IReadOnlyList<Lexeme[]> sentences)
    {
        var doc = new NerDocumentContext(sentences);
        return Tag(doc);
    }

    public TaggedSpan[][] Tag(NerDocumentContext doc)
    {
        var b = buffer ??= new FeatureBuffer();
        int count = doc.Sentences.Count;
        var first = new int[count][];
        var result = new TaggedSpan[count][];
        var finalModel = SecondPass ?? FirstPass;
        for (int s = 0; s < count; s++)
        {
            Features.Extract(doc, s, b);
            if (SecondPass is null) { result[s] = Spans(FirstPass, b); continue; }
            first[s] = FirstPass.Decode(b);
        }
        if (SecondPass is null) return result;
        doc.SetFirstPass(first, FirstPass.Labels, Types);
        for (int s = 0; s < count; s++)
        {
            Features.Extract(doc, s, b, secondPass: true);
            result[s] = Spans(SecondPass, b);
        }
        return result;
    }

    private static TaggedSpan[] Spans(SequenceModel model, FeatureBuffer b)
    {
        if (b.TokenCount == 0) return [];
        var labels = model.Decode(b, out var marginals);
        var spans = Bilou.Decode(labels, model.Labels);
        var result = new TaggedSpan[spans.Count];
        int L = model.LabelCount;
        for (int k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            double confidence = 1;
            for (int i = s.Start; i < s.End; i++) confidence = Math.Min(confidence, marginals[i * L + labels[i]]);
            result[k] = new TaggedSpan(s.Start, s.End, s.Type, confidence);
        }
        return result;
    }
}
