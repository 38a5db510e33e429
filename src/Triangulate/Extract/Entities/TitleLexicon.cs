using System.Collections.Frozen;
using Triangulate.Model;
using Triangulate.Resources;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Head words of titles and roles ("minister", "spokesman", "adviser", "chief"): WordNet's person nouns
/// (<see cref="PersonNounListBuilder"/>) together with the heads learned from eng.train (<see cref="TitleHeadStatistics"/>).
/// Plurals match through their singular ("ministers").
/// </summary>
public sealed class TitleLexicon(IEnumerable<string> heads)
{
    private readonly FrozenSet<string> heads = heads.ToFrozenSet(StringComparer.Ordinal);

    public int Count => heads.Count;

    public static TitleLexicon Shared => shared.Value;
    private static readonly Lazy<TitleLexicon> shared = new(() =>
    {
        var words = new List<string>();
        foreach (var name in new[] { PersonNounListBuilder.FileName, TitleHeadStatistics.FileName })
            if (BundledResource.Exists(name)) words.AddRange(BundledResource.ReadLines(name));
        return new TitleLexicon(words);
    });

    /// <summary>A head in its listed (singular) form: "the minister" refers to one person, "the ministers" does not.</summary>
    public bool IsSingularHead(Lexeme word) =>
        (word.Is(LexemeFlags.Alpha) || word.Is(LexemeFlags.HasHyphen) || word.Is(LexemeFlags.HasPeriod)) && heads.Contains(word.Norm.TrimEnd('.'));

    public bool IsHead(Lexeme word)
    {
        if (!word.Is(LexemeFlags.Alpha) && !word.Is(LexemeFlags.HasHyphen) && !word.Is(LexemeFlags.HasPeriod)) return false;
        string norm = word.Norm.TrimEnd('.'); // "Mr." and "Dr." as written in news; eng.train writes "Mr"
        if (heads.Contains(norm)) return true;
        return norm.Length > 3 && norm[^1] == 's' && (heads.Contains(norm[..^1]) || (norm.EndsWith("es", StringComparison.Ordinal) && heads.Contains(norm[..^2])));
    }
}
