using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// JSON Lines, one article a line: <c>{"id", "source", "title", "published", "url", "text"}</c> (also
/// accepted: body/content for text, date/publishedAt for published, outlet/site for source). A bad line
/// is reported with its line number and the rest of the file is still read. A ".json" file holding one
/// article object or an array of them is read the same way.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    public string Name => "jsonl";
    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl", ".ndjson", ".json"];

    public bool Sniff(ReadOnlySpan<char> head) => head.TrimStart().StartsWith("{") || head.TrimStart().StartsWith("[");

    public IEnumerable<IngestResult> Read(InputFile file)
    {
        var decoded = TextDecoder.Decode(file.Bytes);
        if (!decoded.Ok)
        {
            yield return IngestResult.Fail(file.Origin, decoded.ErrorCode!, decoded.Error!);
            yield break;
        }
        string text = decoded.Text!;
        if (text.AsSpan().TrimStart().StartsWith("["))
        {
            foreach (var r in ReadArray(text, file)) yield return r;
            yield break;
        }

        int lineNo = 0, pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            string line = text[pos..end].Trim();
            lineNo++;
            pos = end + 1;
            if (line.Length == 0) continue;
            yield return ParseRecord(line, $"{file.Origin}:{lineNo}", $"{file.Stem}-{lineNo}");
        }
    }

    private static IEnumerable<IngestResult> ReadArray(string text, InputFile file)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e)
        {
            return [IngestResult.Fail(file.Origin, "bad-json", $"malformed JSON: {e.Message}", e.BytePositionInLine)];
        }
        using (doc)
        {
            return doc.RootElement.EnumerateArray().Select((el, i) =>
                FromElement(el, $"{file.Origin}[{i}]", $"{file.Stem}-{i + 1}")).ToList();
        }
    }

    public static IngestResult ParseRecord(string json, string origin, string fallbackId)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromElement(doc.RootElement, origin, fallbackId);
        }
        catch (JsonException e)
        {
            return IngestResult.Fail(origin, "bad-json", $"malformed JSON: {e.Message}");
        }
    }

    private static IngestResult FromElement(JsonElement el, string origin, string fallbackId)
    {
        if (el.ValueKind != JsonValueKind.Object)
            return IngestResult.Fail(origin, "bad-record", $"expected a JSON object, found {el.ValueKind}");
        string? text = Str(el, "text", "body", "content", "articleBody");
        if (string.IsNullOrWhiteSpace(text))
            return IngestResult.Fail(origin, "no-text", "the record has no \"text\" (or body/content) field with article text");
        string id = Str(el, "id", "guid", "uuid") ?? fallbackId;
        string? published = Str(el, "published", "date", "publishedAt", "published_at", "datePublished");
        DateTimeOffset? date = null;
        bool hasTime = false;
        if (published is not null)
        {
            if (DateParser.TryParse(published, out var d, out hasTime)) date = d;
            else return IngestResult.Fail(origin, "bad-date", $"\"published\" value '{published}' is not a date I can read");
        }
        string source = Str(el, "source", "outlet", "site", "publisher") ?? id;
        return IngestResult.Of(ArticleFactory.Create(id, text, origin, source, Str(el, "title", "headline"), Str(el, "url", "link"), date, hasTime));
    }

    private static string? Str(JsonElement el, params string[] names)
    {
        foreach (var name in names)
        {
            if (!el.TryGetProperty(name, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
            if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) return n.GetString();
        }
        return null;
    }
}
