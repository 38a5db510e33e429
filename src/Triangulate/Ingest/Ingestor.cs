using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Turns paths (files, folders, globs) into articles: expands them in a stable order, picks a reader by
/// extension or, failing that, by sniffing the content, and makes article ids unique within the run.
/// Every bad input becomes an <see cref="InputError"/>; nothing stops the batch.
/// </summary>
public sealed class Ingestor
{
    private readonly IArticleReader[] readers;

    public Ingestor(params IArticleReader[] readers) => this.readers = readers;

    /// <summary>Readers for every supported format.</summary>
    public static Ingestor Default() => new(new HtmlArticleReader(), new FeedArticleReader(), new JsonLinesReader(), new TextArticleReader());

    public IEnumerable<IngestResult> Read(IEnumerable<string> paths)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, error) in Expand(paths))
        {
            if (error is not null)
            {
                yield return IngestResult.Fail(path, "not-found", error);
                continue;
            }
            foreach (var result in ReadFile(path))
            {
                if (result.Article is { } article) yield return IngestResult.Of(Unique(article, seen));
                else yield return result;
            }
        }
    }

    public IEnumerable<IngestResult> ReadFile(string path)
    {
        InputFile file;
        try { file = InputFile.Load(path); }
        catch (InputException e) { return [IngestResult.Fail(path, e.Code, e.Message)]; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(path, "unreadable", $"cannot read the file: {e.Message}")];
        }
        return Read(file);
    }

    public IEnumerable<IngestResult> Read(InputFile file)
    {
        var reader = Choose(file);
        if (reader is null) return [IngestResult.Fail(file.Origin, "unsupported", $"no reader for '{file.Extension}' files and the content is not recognisable")];
        return reader.Read(file);
    }

    private IArticleReader? Choose(InputFile file)
    {
        var byExtension = readers.FirstOrDefault(r => r.Extensions.Contains(file.Extension));
        var head = TextDecoder.Decode(file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 2048)));
        // Extensions lie (".xml" that is a web page, ".txt" that is HTML): content has the last word
        // for the markup formats; plain text is the fallback.
        if (head.Ok)
        {
            var sniffed = readers.FirstOrDefault(r => r is not TextArticleReader && r.Sniff(head.Text));
            if (sniffed is not null && (byExtension is null or TextArticleReader || byExtension.Name == "feed" && sniffed.Name == "html")) return sniffed;
        }
        return byExtension ?? readers.OfType<TextArticleReader>().FirstOrDefault();
    }

    private static Article Unique(Article article, Dictionary<string, int> seen)
    {
        if (!seen.TryGetValue(article.Id, out int count))
        {
            seen[article.Id] = 1;
            return article;
        }
        seen[article.Id] = count + 1;
        string id = $"{article.Id}-{count + 1}";
        while (seen.ContainsKey(id)) id += "'";
        seen[id] = 1;
        return article with { Id = id };
    }

    /// <summary>Files named by paths, folder contents (recursive, hidden files skipped) and globs, each sorted by path.</summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p)) yield return (p, null);
            else if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                             .Where(f => !IsHidden(Path.GetRelativePath(p, f))).Order(StringComparer.Ordinal))
                    yield return (f, null);
            }
            else if (p.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(p).ToList();
                if (matches.Count == 0) yield return (p, "no files match this pattern");
                foreach (var f in matches) yield return (f, null);
            }
            else yield return (p, "no such file or folder");
        }
    }

    private static bool IsHidden(string relative) => relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>Glob with *, ?, [..] and ** (any depth), rooted at the pattern's longest wildcard-free folder.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWild = normalized.IndexOfAny(['*', '?', '[']);
        int slash = normalized.LastIndexOf('/', firstWild);
        string root = slash < 0 ? "." : normalized[..slash];
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) yield break;
        string rx = "^" + Regex.Escape(slash < 0 ? normalized : normalized[(slash + 1)..])
            .Replace(@"\*\*/", "(?:.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]").Replace(@"\[", "[") + "$";
        var regex = new Regex(rx);
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(root, f).Replace('\\', '/');
            if (regex.IsMatch(rel)) yield return root == "." ? rel : f;
        }
    }
}
