namespace Triangulate.Model;

/// <summary>A sentence: its character span and its token range [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The sentence opens a paragraph (a line break before it).</summary>
    public bool StartsParagraph { get; init; }
}
