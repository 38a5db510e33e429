using Triangulate.Extract.Quantities;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Tests.Extract.Quantities;

/// <summary>Runs segment + quantities over a hand-written text and checks every finding's spans.</summary>
internal static class QuantityFixture
{
    /// <summary>As the default pipeline runs it: with part-of-speech tags.</summary>
    private static readonly ArticlePipeline Tagged = new PipelineBuilder { FailureMode = FailureMode.Throw }
        .Add(new SegmentStage(Tokenizer.Shared)).Add(new Triangulate.Extract.Tags.TagsStage()).Add(new QuantityStage()).Build();

    /// <summary>Without tags: the stage must work alone too.</summary>
    private static readonly ArticlePipeline Plain = new PipelineBuilder { FailureMode = FailureMode.Throw }
        .Add(new SegmentStage(Tokenizer.Shared)).Add(new QuantityStage()).Build();

    public static Doc Analyse(string text, DateTimeOffset? published = null, bool publishedHasTime = false, bool tagged = true)
    {
        var article = new Article { Id = "fixture", Text = text, Origin = "fixture.txt", Published = published, PublishedHasTime = publishedHasTime };
        var doc = (tagged ? Tagged : Plain).Run(article).Doc!;
        SpanAssert.Ordered(text, doc.Quantities.Select(q => q.Span));
        SpanAssert.Ordered(text, doc.Dates.Select(d => d.Span));
        foreach (var q in doc.Quantities)
        {
            SpanAssert.Covers(text, q.Span, q.Text);
            Assert.True(q.Span.Contains(q.ValueSpan), $"value span {q.ValueSpan} outside quantity span {q.Span}");
            if (q.CountedSpan is { } c) SpanAssert.InRange(text, c);
            if (q.EventSpan is { } e) SpanAssert.InRange(text, e);
            if (q.ModifiesSpan is { } m) SpanAssert.InRange(text, m);
        }
        foreach (var d in doc.Dates) SpanAssert.Covers(text, d.Span, d.Text);
        return doc;
    }

    public static Quantity Only(string text, DateTimeOffset? published = null) => Assert.Single(Analyse(text, published).Quantities);

    public static Quantity Find(Doc doc, string quantityText) =>
        doc.Quantities.FirstOrDefault(q => q.Text == quantityText)
        ?? throw new Xunit.Sdk.XunitException($"no quantity '{quantityText}'; found: {string.Join(" | ", doc.Quantities.Select(q => q.Text))}");

    public static DateMention Date(Doc doc, string dateText) =>
        doc.Dates.FirstOrDefault(d => d.Text == dateText)
        ?? throw new Xunit.Sdk.XunitException($"no date '{dateText}'; found: {string.Join(" | ", doc.Dates.Select(d => d.Text))}");

    /// <summary>The text at a span.</summary>
    public static string At(Doc doc, TextSpan? span) => span is { } s ? s.TextOf(doc.Text) : "<none>";

    /// <summary>A publication date at noon UTC.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);
}
