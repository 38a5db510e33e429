using System.Collections.Frozen;
using Triangulate.Resources;

namespace Triangulate.Text;

/// <summary>
/// Function words ("the", "of", "would"), from the bundled list built out of the npm <c>stopword</c>
/// package (MIT; see docs/RESOURCES.md). Matching is on the lexeme norm.
/// </summary>
public sealed class StopWords
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StopWords(IEnumerable<string> words)
    {
        this.words = words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static StopWords English => english.Value;
    private static readonly Lazy<StopWords> english = new(() => new StopWords(BundledResource.ReadLines("stopwords-en.txt")));

    public int Count => words.Count;
    public bool Contains(string norm) => words.Contains(norm);
    public bool Contains(ReadOnlySpan<char> norm) => lookup.Contains(norm);
}
