using Triangulate.Model;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Words between an opening and a closing quotation mark. A run continued into the next paragraph by the
/// news convention (re-opened, never closed) has one piece per paragraph. An unclosed run ends where the
/// pairer decided it must (its paragraph's end, or its sentence's).
/// </summary>
internal sealed class QuotedRun
{
    /// <summary>First token of the run, its opening mark included.</summary>
    public int FirstToken { get; init; }
    /// <summary>One past the last token of the run, its closing mark included.</summary>
    public int EndToken { get; set; }
    /// <summary>The quoted words of each piece, marks excluded.</summary>
    public List<TextSpan> Parts { get; } = [];
    /// <summary>Each piece with its marks.</summary>
    public List<TextSpan> Marked { get; } = [];
    public bool Closed { get; set; }
    public bool Double { get; init; }

    public TextSpan Span => TextSpan.FromBounds(Parts[0].Start, Parts[^1].End);
    public TextSpan MarkedSpan => TextSpan.FromBounds(Marked[0].Start, Marked[^1].End);

    public override string ToString() => $"run {Span} tokens [{FirstToken}..{EndToken}){(Closed ? "" : " unclosed")}";
}
