using Triangulate.Model;

namespace Triangulate.Tests;

/// <summary>
/// The one helper every stage's tests use for offsets (Lucene.NET's BaseTokenStreamTestCase): each span is
/// inside the text, spans do not go backwards, and the text at a span is the text it claims to be.
/// </summary>
public static class SpanAssert
{
    public static void InRange(string text, TextSpan span)
    {
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length,
            $"span {span} is outside the text (length {text.Length})");
    }

    /// <summary>The text at <paramref name="span"/> is exactly <paramref name="expected"/>.</summary>
    public static void Covers(string text, TextSpan span, string expected)
    {
        InRange(text, span);
        Assert.Equal(expected, span.TextOf(text));
    }

    /// <summary>Spans are in range and in non-decreasing start order.</summary>
    public static void Ordered(string text, IEnumerable<TextSpan> spans)
    {
        int last = -1;
        foreach (var s in spans)
        {
            InRange(text, s);
            Assert.True(s.Start >= last, $"span {s} starts before the previous one ({last})");
            last = s.Start;
        }
    }

    /// <summary>Spans are in range, ordered and do not overlap.</summary>
    public static void Disjoint(string text, IEnumerable<TextSpan> spans)
    {
        int lastEnd = -1;
        foreach (var s in spans)
        {
            InRange(text, s);
            Assert.True(s.Start >= lastEnd, $"span {s} overlaps the previous one (ending at {lastEnd})");
            lastEnd = s.End;
        }
    }
}
