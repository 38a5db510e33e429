using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Triangulate.Extract.Tagging;

/// <summary>
/// A trained linear sequence model, read-only and thread-safe: for each feature hash a few (label, weight)
/// pairs, label-to-label transition scores, and Viterbi decoding. Stored compactly: weights quantised to
/// 16 bits against one scale, near-zero weights pruned at save time, the whole file Brotli-compressed, and
/// laid out as flat arrays so loading is a decompression plus a few block copies (no per-feature objects).
/// </summary>
public sealed class SequenceModel
{
    private const uint Magic = 0x4D535254; // "TRSM"
    private const int FormatVersion = 1;

    private readonly ulong[] keys;      // sorted feature hashes (the file's order)
    // Lookup table built at load: open addressing on the low bits of the (already well mixed) hash, linear probing.
    // One or two cache misses per feature instead of a binary search's dozen and a half.
    private readonly Index.HashPositions features = new();
    private readonly int[] starts;      // entries of feature k: [starts[k], starts[k+1])
    private readonly byte[] entryLabels;
    private readonly short[] entryWeights;
    private readonly float scale;
    private readonly float[] transitions; // learned scores plus the label scheme's constraints
    private readonly double[] expTransitions;

    internal SequenceModel(string[] labels, ulong[] keys, int[] starts, byte[] entryLabels, short[] entryWeights, float scale,
        float[] learnedTransitions, IReadOnlyDictionary<string, string> metadata)
    {
        Labels = labels;
        this.keys = keys;
        features.Build(keys, slotsPerKey: 2);
        this.starts = starts;
        this.entryLabels = entryLabels;
        this.entryWeights = entryWeights;
        this.scale = scale;
        LearnedTransitions = learnedTransitions;
        var constraints = Bilou.Constraints(labels);
        transitions = new float[learnedTransitions.Length];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = learnedTransitions[i] + constraints[i];
        expTransitions = Viterbi.ExpTransitions(transitions);
        Metadata = metadata;
    }

    public IReadOnlyList<string> Labels { get; }
    public int LabelCount => Labels.Count;
    public int FeatureCount => keys.Length;
    public int WeightCount => entryWeights.Length;
    internal float[] LearnedTransitions { get; }

    /// <summary>How the model was made (data, epochs, seed, feature set), written into the file.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int LabelIndex(string label)
    {
        for (int i = 0; i < Labels.Count; i++) if (Labels[i] == label) return i;
        return -1;
    }

    /// <summary>Adds each token's label scores to <paramref name="scores"/> (tokens × labels).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Score(FeatureBuffer features, Span<float> scores)
    {
        int L = Labels.Count;
        var all = features.All;
        var tokenStarts = features.Starts;
        for (int t = 0; t < features.TokenCount; t++)
        {
            var row = scores.Slice(t * L, L);
            int acc0 = tokenStarts[t], acc1 = tokenStarts[t + 1];
            for (int f = acc0; f < acc1; f++)
            {
                int k = Find(all[f]);
                if (k < 0) continue;
                for (int e = starts[k]; e < starts[k + 1]; e++) row[entryLabels[e]] += entryWeights[e] * scale;
            }
        }
    }

    /// <summary>Best label for each token of the sentence whose features are in <paramref name="features"/>.</summary>
    public int[] Decode(FeatureBuffer features)
    {
        int n = features.TokenCount;
        var scores = new float[n * Labels.Count];
        Score(features, scores);
        var best = new int[n];
        Viterbi.Decode(scores, transitions, Labels.Count, best);
        return best;
    }

    /// <summary>Decodes and also returns per-token label marginals (for confidences).</summary>
    public int[] Decode(FeatureBuffer features, out float[] marginals)
    {
        int n = features.TokenCount;
        var scores = new float[n * Labels.Count];
        Score(features, scores);
        var best = new int[n];
        Viterbi.Decode(scores, transitions, Labels.Count, best);
        marginals = n == 0 ? [] : Viterbi.Marginals(scores, expTransitions, Labels.Count, n);
        return best;
    }

    private int Find(ulong key) => features.IndexOf(key);

    /// <summary>The weight of (feature, label), dequantised; 0 when pruned or absent. For tests and inspection.</summary>
    public float Weight(ulong feature, int label)
    {
        int k = Find(feature);
        if (k < 0) return 0;
        for (int e = starts[k]; e < starts[k + 1]; e++) if (entryLabels[e] == label) return entryWeights[e] * scale;
        return 0;
    }

    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Metadata.Count);
        foreach (var (k, v) in Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        w.Write(scale);
        w.Write(LearnedTransitions.Length);
        w.Write(MemoryMarshal.AsBytes(LearnedTransitions.AsSpan()));
        w.Write(keys.Length);
        // Keys as deltas split into byte planes: sorted hashes share their high bytes with their neighbours, so
        // the planes compress far better than the raw 8-byte values.
        var deltas = new ulong[keys.Length];
        for (int i = 0; i < keys.Length; i++) deltas[i] = keys[i] - (i == 0 ? 0 : keys[i - 1]);
        var plane = new byte[keys.Length];
        for (int b = 0; b < 8; b++)
        {
            for (int i = 0; i < deltas.Length; i++) plane[i] = (byte)(deltas[i] >> (8 * b));
            w.Write(plane);
        }
        var counts = new byte[keys.Length];
        for (int i = 0; i < keys.Length; i++) counts[i] = checked((byte)(starts[i + 1] - starts[i]));
        w.Write(counts);
        w.Write(entryLabels.Length);
        w.Write(entryLabels);
        var weightPlane = new byte[entryWeights.Length];
        for (int b = 0; b < 2; b++)
        {
            for (int i = 0; i < entryWeights.Length; i++) weightPlane[i] = (byte)(entryWeights[i] >> (8 * b));
            w.Write(weightPlane);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static SequenceModel Load(Stream stream, string name = "model")
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException($"{name}: not a Triangulate sequence model");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"{name}: model format {version}, expected {FormatVersion}; retrain it");
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            int m = r.ReadInt32();
            for (int i = 0; i < m; i++) metadata[r.ReadString()] = r.ReadString();
            var labels = new string[r.ReadInt32()];
            for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
            float scale = r.ReadSingle();
            var transitions = new float[r.ReadInt32()];
            ReadExactly(r, MemoryMarshal.AsBytes(transitions.AsSpan()));
            int n = r.ReadInt32();
            var keys = new ulong[n];
            var plane = new byte[n];
            for (int b = 0; b < 8; b++)
            {
                ReadExactly(r, plane);
                for (int i = 0; i < n; i++) keys[i] |= (ulong)plane[i] << (8 * b);
            }
            for (int i = 1; i < n; i++) keys[i] += keys[i - 1];
            var counts = new byte[n];
            ReadExactly(r, counts);
            var starts = new int[n + 1];
            for (int i = 0; i < n; i++) starts[i + 1] = starts[i] + counts[i];
            int e = r.ReadInt32();
            if (e != starts[n]) throw new InvalidDataException($"{name}: entry count {e} does not match the feature table ({starts[n]})");
            var labelsOfEntries = new byte[e];
            ReadExactly(r, labelsOfEntries);
            var weights = new short[e];
            var wp = new byte[e];
            for (int b = 0; b < 2; b++)
            {
                ReadExactly(r, wp);
                for (int i = 0; i < e; i++) weights[i] |= (short)(wp[i] << (8 * b));
            }
            return new SequenceModel(labels, keys, starts, labelsOfEntries, weights, scale, transitions, metadata);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
    }

    private static void ReadExactly(BinaryReader r, Span<byte> target)
    {
        while (target.Length > 0)
        {
            int read = r.Read(target);
            if (read == 0) throw new EndOfStreamException();
            target = target[read..];
        }
    }
}
