using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>One article read, or the error that kept an input (or part of one) out.</summary>
public readonly record struct IngestResult(Article? Article, InputError? Error)
{
    public static IngestResult Of(Article article) => new(article, null);
    public static IngestResult Fail(string origin, string code, string message, long? offset = null) =>
        new(null, new InputError(origin, "ingest", code, message) { Offset = offset });
}

/// <summary>Reads one kind of input into articles. Readers never throw for bad input: they yield errors.</summary>
public interface IArticleReader
{
    /// <summary>Short name ("text", "html", "jsonl", "feed") for messages.</summary>
    string Name { get; }

    /// <summary>Extensions this reader takes (".txt"); content sniffing decides the rest.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Would this reader take the input, judging by its first characters?</summary>
    bool Sniff(ReadOnlySpan<char> head);

    IEnumerable<IngestResult> Read(InputFile file);
}
