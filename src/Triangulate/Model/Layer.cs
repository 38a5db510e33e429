namespace Triangulate.Model;

/// <summary>The layers a <see cref="Doc"/> can carry; stages declare which they read and which they add.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Entities = 1 << 2,
    Quotes = 1 << 3,
    Quantities = 1 << 4,
    Dates = 1 << 5,
    Claims = 1 << 6,
    Signature = 1 << 7,
    /// <summary>Part-of-speech tags, one per token.</summary>
    Tags = 1 << 8,
}
