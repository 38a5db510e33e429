using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Pipeline;

/// <summary>Tokens and sentences of the article's body regions.</summary>
public sealed class SegmentStage(Tokenizer tokenizer) : IArticleStage
{
    public StageInfo Info { get; } = new("segment", Layer.None, Layer.Tokens | Layer.Sentences);

    public Doc Run(Doc doc)
    {
        var tokens = tokenizer.Tokenize(doc.Text, doc.Article.BodyOrWhole);
        var sentences = SentenceSplitter.Split(tokens);
        return doc with { Tokens = tokens, Sentences = ImmutableArray.Create(sentences) };
    }
}
