namespace Triangulate.Eval;

/// <summary>One benchmark page: its id and URL, the ground truth, what the extractor returned, the score,
/// and how long the extraction took (decoding and parsing included).</summary>
public sealed record ExtractionPageResult(string Id, string? Url, string Truth, string Prediction, ExtractionPageScore Score, TimeSpan Elapsed, int HtmlChars)
{
    /// <summary>Why the page has no prediction (HTML missing or undecodable), if it has none for that reason.</summary>
    public string? Problem { get; init; }
}
