namespace Triangulate;

/// <summary>
/// Bad input, reported instead of thrown: which input (file, URL, "feed.xml item 3"), which article id if
/// one was known, which stage, a short stable code, the problem in plain words, and a character or byte
/// offset where there is one. The input is set aside; the rest of the batch goes on.
/// </summary>
public sealed record InputError(string Origin, string Stage, string Code, string Message)
{
    public string? ArticleId { get; init; }
    public long? Offset { get; init; }

    public override string ToString()
    {
        string where = Offset is { } o ? $"{Origin} (at {o})" : Origin;
        string id = ArticleId is not null && !Origin.Contains(ArticleId, StringComparison.Ordinal) ? $" [{ArticleId}]" : "";
        return $"{where}{id}: {Message} ({Stage}/{Code})";
    }
}

/// <summary>Thrown by a stage for input it cannot process; the pipeline turns it into an <see cref="InputError"/>.</summary>
public sealed class InputException(string code, string message, long? offset = null) : Exception(message)
{
    public string Code { get; } = code;
    public long? Offset { get; } = offset;
}
