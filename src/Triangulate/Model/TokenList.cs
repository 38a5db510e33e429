namespace Triangulate.Model;

/// <summary>
/// An article's tokens in text order, with character-offset lookup (spaCy's <c>Doc.char_span</c>).
/// </summary>
public sealed class TokenList
{
    private readonly Token[] tokens;

    public TokenList(string text, Token[] tokens)
    {
        Text = text;
        this.tokens = tokens;
    }

    public string Text { get; }
    public int Count => tokens.Length;
    public ref readonly Token this[int index] => ref tokens[index];
    public ReadOnlySpan<Token> AsSpan() => tokens;
    public ReadOnlySpan<Token> Slice(int start, int count) => tokens.AsSpan(start, count);

    /// <summary>Index of the first token whose end is after <paramref name="position"/> (binary search).</summary>
    public int IndexAtOrAfter(int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The token range [first, first + count) covered by a character span: every token that overlaps it
    /// (expand mode). Count is 0 when no token overlaps.
    /// </summary>
    public (int First, int Count) TokensIn(TextSpan span)
    {
        int first = IndexAtOrAfter(span.Start);
        int last = first;
        while (last < tokens.Length && tokens[last].Start < span.End) last++;
        return (first, last - first);
    }

    /// <summary>The character span from the start of token <paramref name="first"/> to the end of token first+count-1.</summary>
    public TextSpan SpanOf(int first, int count) =>
        count == 0 ? new TextSpan(first < tokens.Length ? tokens[first].Start : Text.Length, 0)
                   : TextSpan.FromBounds(tokens[first].Start, tokens[first + count - 1].End);

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => new ReadOnlySpan<Token>(tokens).GetEnumerator();
}
