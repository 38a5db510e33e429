namespace Triangulate.Model;

/// <summary>
/// A half-open character range [Start, Start + Length) into one text. The text it indexes is the
/// owner's: for every finding of an <see cref="Article"/> that is <see cref="Article.Text"/>, the
/// article's original decoded text, so any finding can be cited and highlighted as it stands.
/// </summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), $"end {end} is before start {start}");
        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
    public string TextOf(string text) => text.Substring(Start, Length);

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    public override string ToString() => $"[{Start}..{End})";
}
