using Triangulate.Extract.Tagging;
using Triangulate.Model;
using Triangulate.Resources;

namespace Triangulate.Extract.Tags;

/// <summary>
/// Penn Treebank part-of-speech tagger: an averaged perceptron with Viterbi decoding, trained by
/// <see cref="PosTaggerTrainer"/> on the POS column of CoNLL-2003's eng.train and bundled as
/// <c>Resources/Data/pos-model.tsm</c>. Thread-safe.
/// </summary>
public sealed class PosTagger
{
    /// <summary>The bundled model: a <see cref="SequenceModel"/> file (Brotli inside, so not named .br).</summary>
    public const string ResourceName = "pos-model.tsm";

    private readonly PosTag[] tagOfLabel;

    public PosTagger(SequenceModel model)
    {
        Model = model;
        tagOfLabel = model.Labels.Select(l => Enum.Parse<PosTag>(l)).ToArray();
    }

    public SequenceModel Model { get; }

    /// <summary>The bundled model, loaded on first use.</summary>
    public static PosTagger Shared => shared.Value;
    private static readonly Lazy<PosTagger> shared = new(() =>
    {
        using var stream = BundledResource.Open(ResourceName);
        return new PosTagger(SequenceModel.Load(stream, ResourceName));
    });

    public static PosTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new PosTagger(SequenceModel.Load(stream, path));
    }

    [ThreadStatic] private static FeatureBuffer? buffer;

    /// <summary>Tags one sentence.</summary>
    public void Tag(ReadOnlySpan<Lexeme> words, Span<PosTag> tags)
    {
        if (words.Length == 0) return;
        var b = buffer ??= new FeatureBuffer();
        PosFeatures.Extract(words, b);
        var labels = Model.Decode(b);
        for (int i = 0; i < labels.Length; i++) tags[i] = tagOfLabel[labels[i]];
    }

    public PosTag[] Tag(IReadOnlyList<Lexeme> words)
    {
        var array = words.ToArray();
        var tags = new PosTag[array.Length];
        Tag(array, tags);
        return tags;
    }
}
