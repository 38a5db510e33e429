namespace Triangulate.Model;

[Flags]
public enum LexemeFlags : ushort
{
    None = 0,
    Alpha = 1 << 0,
    Digit = 1 << 1,
    HasDigit = 1 << 2,
    Upper = 1 << 3,          // all letters upper case ("NATO", "U.S.")
    Title = 1 << 4,          // first letter upper, some lower ("Kyiv")
    Lower = 1 << 5,          // all letters lower case
    Punct = 1 << 6,
    Stop = 1 << 7,           // function word (from the stop-word resource)
    HasHyphen = 1 << 8,
    HasPeriod = 1 << 9,
    HasApostrophe = 1 << 10,
}

/// <summary>
/// A word type: everything about a token that does not depend on where it occurs, computed once
/// and shared by every occurrence (spaCy's lexeme). Created only by <see cref="Text.Lexicon"/>.
/// </summary>
public sealed class Lexeme
{
    internal Lexeme(int id, string text, string norm, string lower, string shape, LexemeFlags flags, ulong hash)
    {
        Id = id;
        Text = text;
        Norm = norm;
        Lower = lower;
        Shape = shape;
        Flags = flags;
        Hash = hash;
    }

    /// <summary>Dense id, unique within the process's lexicon (array indexes for features).</summary>
    public int Id { get; }

    /// <summary>The exact surface form.</summary>
    public string Text { get; }

    /// <summary>Lower case, curly quotes and apostrophes straightened, dashes unified, diacritics kept.</summary>
    public string Norm { get; }

    /// <summary>Plain lower case of <see cref="Text"/>.</summary>
    public string Lower { get; }

    /// <summary>Collapsed word shape: "Kyiv" → "Xx", "30-day" → "d-x", "U.S." → "X.X.".</summary>
    public string Shape { get; }

    public LexemeFlags Flags { get; }

    /// <summary>64-bit hash of <see cref="Norm"/>, computed once: shingles, MinHash and term indexes use it.</summary>
    public ulong Hash { get; }

    public bool Is(LexemeFlags flag) => (Flags & flag) != 0;
    public bool IsStop => Is(LexemeFlags.Stop);
    public bool IsAlpha => Is(LexemeFlags.Alpha);
    public bool IsCapitalised => Is(LexemeFlags.Title) || Is(LexemeFlags.Upper);

    public override string ToString() => Text;
}
