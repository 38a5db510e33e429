namespace Triangulate.Extract.Tagging;

/// <summary>
/// The BILOU span encoding (Begin, Inside, Last, Unit, Outside: "B-PER", "L-PER", "U-LOC", "O"), which
/// Ratinov &amp; Roth found better than BIO for NER; conversions from and to spans, and the transitions it allows.
/// </summary>
public static class Bilou
{
    public readonly record struct Span(int Start, int End, string Type)
    {
        public int Length => End - Start;
    }

    /// <summary>The labels for the given types: "O" first, then B/I/L/U of each type.</summary>
    public static string[] Labels(IEnumerable<string> types)
    {
        var labels = new List<string> { "O" };
        foreach (var t in types)
            foreach (var p in "BILU") labels.Add($"{p}-{t}");
        return labels.ToArray();
    }

    /// <summary>Spans of an IOB1 or IOB2 tag sequence (conlleval's chunk rules: a chunk starts at B, or at I after O or another type).</summary>
    public static List<Span> SpansFromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<Span>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            char prefix = tag.Length > 0 ? tag[0] : 'O';
            string? t = tag.Length > 2 ? tag[2..] : null;
            bool begins = prefix == 'B' || (prefix is 'I' or 'E' or 'S' && t != type);
            if (start >= 0 && (prefix == 'O' || begins))
            {
                spans.Add(new Span(start, i, type!));
                start = -1;
                type = null;
            }
            if (prefix != 'O' && start < 0)
            {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /// <summary>Label index of each token for the given spans.</summary>
    public static int[] Encode(int length, IEnumerable<Span> spans, IReadOnlyList<string> labels)
    {
        var result = new int[length];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++) index[labels[i]] = i;
        foreach (var s in spans)
        {
            if (s.Length == 1) { result[s.Start] = index["U-" + s.Type]; continue; }
            result[s.Start] = index["B-" + s.Type];
            for (int i = s.Start + 1; i < s.End - 1; i++) result[i] = index["I-" + s.Type];
            result[s.End - 1] = index["L-" + s.Type];
        }
        return result;
    }

    /// <summary>Spans of a decoded label sequence. Lenient with invalid sequences (an unfinished B…I run still makes a span).</summary>
    public static List<Span> Decode(ReadOnlySpan<int> sequence, IReadOnlyList<string> labels)
    {
        var spans = new List<Span>();
        int start = -1;
        string? type = null;
        for (int i = 0; i < sequence.Length; i++)
        {
            string label = labels[sequence[i]];
            char p = label[0];
            string? t = label.Length > 2 ? label[2..] : null;
            if (start >= 0 && (p is 'O' or 'B' or 'U' || t != type))
            {
                spans.Add(new Span(start, i, type!));
                start = -1;
            }
            switch (p)
            {
                case 'U': spans.Add(new Span(i, i + 1, t!)); break;
                case 'B' or 'I': if (start < 0) { start = i; type = t; } break;
                case 'L':
                    if (start < 0) { start = i; type = t; }
                    spans.Add(new Span(start, i + 1, type!));
                    start = -1;
                    break;
            }
        }
        if (start >= 0) spans.Add(new Span(start, sequence.Length, type!));
        return spans;
    }

    /// <summary>
    /// 0 for allowed moves and -∞ for the rest, laid out as <see cref="Viterbi"/>'s transition table: added to
    /// learned transition scores, it keeps decoded sequences well formed. All zeros for labels that are not BILOU.
    /// </summary>
    public static float[] Constraints(IReadOnlyList<string> labels)
    {
        int L = labels.Count;
        var table = new float[Viterbi.TransitionTableSize(L)];
        bool isBilou = labels.Contains("O") && labels.All(l => l == "O" || (l.Length > 2 && l[1] == '-' && "BILU".Contains(l[0])));
        if (!isBilou) return table;
        for (int from = -1; from < L; from++)
        {
            string? f = from < 0 ? null : labels[from];
            bool open = f is not null && f[0] is 'B' or 'I';
            for (int to = 0; to < L; to++)
            {
                string t = labels[to];
                bool continues = t[0] is 'I' or 'L';
                bool ok = open ? continues && t[2..] == f![2..] : !continues;
                if (!ok) table[(from + 1) * L + to] = float.NegativeInfinity;
            }
        }
        for (int y = 0; y < L; y++)
            if (labels[y][0] is 'B' or 'I') table[(L + 1) * L + y] = float.NegativeInfinity;
        return table;
    }
}
