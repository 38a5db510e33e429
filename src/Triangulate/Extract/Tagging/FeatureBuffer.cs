using Triangulate.Text;

namespace Triangulate.Extract.Tagging;

/// <summary>
/// The features of one sentence, flattened: each token's feature hashes stored one after another, with the
/// start of each token's run. One buffer is reused sentence after sentence, so extraction allocates nothing
/// once it has grown to the longest sentence.
/// </summary>
public sealed class FeatureBuffer
{
    private ulong[] features = new ulong[1024];
    private int[] starts = new int[65];
    private int count;
    private int tokens;

    public int TokenCount => tokens;
    public int FeatureCount => count;

    public void Clear()
    {
        count = 0;
        tokens = 0;
        starts[0] = 0;
    }

    /// <summary>Closes the current token's run; the next <see cref="Add"/> belongs to the next token.</summary>
    public void EndToken()
    {
        if (tokens + 2 > starts.Length) Array.Resize(ref starts, starts.Length * 2);
        tokens++;
        starts[tokens] = count;
    }

    public void Add(ulong feature)
    {
        if (count == features.Length) Array.Resize(ref features, features.Length * 2);
        features[count++] = feature;
    }

    /// <summary>Adds the feature "template = value": the template id keeps equal values of different templates apart.</summary>
    public void Add(int template, ulong value) => Add(Combine(template, value));

    public ReadOnlySpan<ulong> Of(int token) => features.AsSpan(starts[token], starts[token + 1] - starts[token]);

    public ReadOnlySpan<ulong> All => features.AsSpan(0, count);
    public ReadOnlySpan<int> Starts => starts.AsSpan(0, tokens + 1);

    public static ulong Combine(int template, ulong value) => StableHash.Combine(0xA5A5_0000UL + (ulong)template, value);
}
