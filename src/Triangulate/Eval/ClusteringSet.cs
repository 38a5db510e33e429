using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>One article of a labelled clustering set: its gold story, and either an ingested article or
/// plain (already preprocessed) text.</summary>
public sealed record LabelledArticle(string Id, string Gold, Article? Article = null, string? Text = null);

/// <summary>A labelled stream for story clustering, in stream order, and the inputs that could not be read.</summary>
public sealed partial record ClusteringSet(string Name, ImmutableArray<LabelledArticle> Items, ImmutableArray<InputError> Errors)
{
    /// <summary>
    /// A GoogleNews short-text file (News-T / News-S / News-TS: JSON Lines <c>{"text", "cluster"}</c>), in line
    /// order, which is the stream order the MStream paper uses. Ids are "name:line".
    /// </summary>
    public static ClusteringSet ReadGoogleNews(string path, string? name = null)
    {
        name ??= Path.GetFileNameWithoutExtension(path);
        var items = ImmutableArray.CreateBuilder<LabelledArticle>();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            string origin = $"{path}:{line}";
            try
            {
                using var json = JsonDocument.Parse(raw);
                var root = json.RootElement;
                if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                    || !root.TryGetProperty("cluster", out var cluster))
                {
                    errors.Add(new InputError(origin, "eval", "bad-record", "expected {\"text\": string, \"cluster\": id}"));
                    continue;
                }
                string gold = cluster.ValueKind == JsonValueKind.String ? cluster.GetString()! : cluster.GetRawText();
                items.Add(new LabelledArticle($"{name}:{line}", gold, Text: text.GetString()!));
            }
            catch (JsonException e)
            {
                errors.Add(new InputError(origin, "eval", "bad-json", $"malformed JSON: {e.Message}"));
            }
        }
        return new ClusteringSet(name, items.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// A folder of raw-text articles whose gold story is the file-name prefix, as in WikiRef220
    /// (<c>topic.name.7.txt</c>, <c>TopicName (7).txt</c>). Read through the <see cref="Ingestor"/> (so legacy
    /// encodings are decoded). Stream order: publication time when every article has one; otherwise by the
    /// number in the file name when every file has one (WikiRef's numbers run across topics, so this interleaves
    /// them as the original collection did); otherwise by path.
    /// </summary>
    public static ClusteringSet ReadFolder(string dir, string? name = null)
    {
        name ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)));
        var read = new List<(Article Article, string Gold, long? Number)>();
        var errors = ImmutableArray.CreateBuilder<InputError>();
        foreach (var result in Ingestor.Default().Read([dir]))
        {
            if (result.Error is { } error) { errors.Add(error); continue; }
            var article = result.Article!;
            var (gold, number) = GoldOf(Path.GetFileName(article.Origin));
            read.Add((article, gold, number));
        }
        IEnumerable<(Article Article, string Gold, long? Number)> ordered =
            read.All(r => r.Article.Published is not null) ? read.OrderBy(r => r.Article.Published)
            : read.All(r => r.Number is not null) ? read.OrderBy(r => r.Number)
            : read;
        var items = ordered.Select(r => new LabelledArticle(r.Article.Id, r.Gold, r.Article)).ToImmutableArray();
        return new ClusteringSet(name, items, errors.ToImmutable());
    }

    /// <summary>The gold story and number of a file: "topic.name.7.txt" → ("topic.name", 7),
    /// "TopicName (7).txt" → ("TopicName", 7), "other.txt" → ("other", null).</summary>
    public static (string Gold, long? Number) GoldOf(string fileName)
    {
        string stem = Path.GetFileNameWithoutExtension(fileName);
        var m = NumberedName().Match(stem);
        if (!m.Success) return (stem, null);
        return (m.Groups["gold"].Value, long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<gold>.+?)(?:\s*\((?<n>\d+)\)|\.(?<n>\d+))$")]
    private static partial Regex NumberedName();
}
