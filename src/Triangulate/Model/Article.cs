using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Model;

/// <summary>
/// One news article as ingested: immutable, with a stable id. <see cref="Text"/> is the original
/// decoded text (a text file's contents, or the main text extracted from an HTML page or feed item);
/// every offset of every finding indexes it. <see cref="Body"/> lists the regions that are analysed:
/// header lines, datelines and bylines are left out of them but stay in <see cref="Text"/>, so offsets
/// never shift.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: the <c>id</c> of a JSON Lines record, otherwise the file name without extension.</summary>
    public required string Id { get; init; }

    /// <summary>The original text. Never rewritten after ingest: offsets into it are the citation.</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from (file path, URL, "file.jsonl:12"), for errors and provenance.</summary>
    public required string Origin { get; init; }

    /// <summary>Outlet name ("Courthouse News"); the file name when nothing better is known.</summary>
    public string Source { get; init; } = "";

    public string? Title { get; init; }
    public string? Url { get; init; }

    /// <summary>Publication time. <see cref="PublishedHasTime"/> says whether a time of day was known.</summary>
    public DateTimeOffset? Published { get; init; }
    public bool PublishedHasTime { get; init; }

    /// <summary>The analysed regions of <see cref="Text"/>, in order and disjoint.</summary>
    public ImmutableArray<TextSpan> Body { get; init; } = [];

    /// <summary>Spans recognised as dateline ("(CN) —", "KYIV, Ukraine (AP) —") and kept out of <see cref="Body"/>.</summary>
    public TextSpan? Dateline { get; init; }

    /// <summary>Spans recognised as byline or reporter trailer and kept out of <see cref="Body"/>.</summary>
    public ImmutableArray<TextSpan> Bylines { get; init; } = [];

    /// <summary>The analysed body, or the whole text when no body regions were set.</summary>
    public ImmutableArray<TextSpan> BodyOrWhole => Body.IsDefaultOrEmpty ? [new TextSpan(0, Text.Length)] : Body;

    /// <summary>Hex SHA-256 of <see cref="Text"/>: the same text always gets the same hash (dedup, store keys).
    /// Computed on each call rather than cached: a cached field would be copied stale by <c>with</c>.</summary>
    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    /// <summary>Words in the analysed body (a quick count for reports).</summary>
    public int WordCount
    {
        get
        {
            int count = 0;
            foreach (var span in BodyOrWhole)
            {
                bool inWord = false;
                foreach (char c in span.Of(Text))
                {
                    bool wordChar = char.IsLetterOrDigit(c);
                    if (wordChar && !inWord) count++;
                    inWord = wordChar;
                }
            }
            return count;
        }
    }
}
