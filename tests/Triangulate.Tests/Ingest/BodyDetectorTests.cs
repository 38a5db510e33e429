using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class BodyDetectorTests
{
    [Theory]
    [InlineData("(CN) — Officials met on Tuesday.", "(CN) —")]
    [InlineData("KYIV, Ukraine (AP) — Officials met on Tuesday.", "KYIV, Ukraine (AP) —")]
    [InlineData("LONDON, March 11 (Reuters) - Officials met on Tuesday.", "LONDON, March 11 (Reuters) -")]
    [InlineData("WASHINGTON — Officials met on Tuesday.", "WASHINGTON —")]
    public void Datelines_are_kept_out_of_the_body(string text, string dateline)
    {
        var layout = BodyDetector.Detect(text);
        Assert.NotNull(layout.Dateline);
        SpanAssert.Covers(text, layout.Dateline!.Value, dateline);
        SpanAssert.Covers(text, layout.Body.Single(), "Officials met on Tuesday.");
    }

    [Fact]
    public void Reporter_trailers_and_bylines_are_kept_out_of_the_body()
    {
        const string text = "By Maria Lopez\n\nThe council voted on Monday.\nThe plan passes.\n\nHarbor Times reporter Maria Lopez is based in Port Alder.\n(Reporting by Maria Lopez; Editing by Tom Reed)";
        var layout = BodyDetector.Detect(text);
        SpanAssert.Covers(text, layout.Body.Single(), "The council voted on Monday.\nThe plan passes.");
        Assert.Equal(3, layout.Bylines.Length);
        SpanAssert.Covers(text, layout.Bylines[0], "By Maria Lopez");
    }

    [Fact]
    public void A_sentence_starting_with_a_capitalised_word_is_not_a_dateline()
    {
        const string text = "Officials — including the mayor — met on Tuesday.";
        var layout = BodyDetector.Detect(text);
        Assert.Null(layout.Dateline);
        SpanAssert.Covers(text, layout.Body.Single(), text);
    }
}
