using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Extract.Tags;

/// <summary>Stage <c>tags</c>: one Penn part-of-speech tag per token (<see cref="Doc.Tags"/>, indexed like <see cref="Doc.Tokens"/>).</summary>
public sealed class TagsStage(PosTagger tagger) : IArticleStage
{
    public TagsStage() : this(PosTagger.Shared) { }

    public StageInfo Info { get; } = new("tags", Layer.Tokens | Layer.Sentences, Layer.Tags);

    public Doc Run(Doc doc)
    {
        var tokens = doc.Tokens;
        var tags = new PosTag[tokens.Count];
        var words = new Lexeme[tokens.Count];
        for (int i = 0; i < words.Length; i++) words[i] = tokens[i].Lexeme;
        foreach (var sentence in doc.Sentences)
            tagger.Tag(words.AsSpan(sentence.FirstToken, sentence.TokenCount), tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        return doc with { Tags = ImmutableArray.Create(tags) };
    }
}
