using Triangulate.Extract.Tagging;
using Triangulate.Model;

namespace Triangulate.Extract.Entities;

/// <summary>
/// What the rest of the document says about each word type, for the tagger's non-local features
/// (Chieu &amp; Ng 2003, Ratinov &amp; Roth 2009): how the word is capitalised where capitals carry information
/// (not sentence-initial, not in an all-capitals headline), and, for the second pass, which entity types
/// the first pass gave it across the document.
/// </summary>
public sealed class NerDocumentContext
{
    private readonly Dictionary<ulong, CaseCounts> cases = [];
    private Dictionary<ulong, int[]>? predictions;

    public NerDocumentContext(IReadOnlyList<Lexeme[]> sentences)
    {
        Sentences = sentences;
        Headline = new bool[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            Headline[s] = IsHeadline(words);
            if (Headline[s]) continue;
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (!w.Is(LexemeFlags.Alpha)) continue;
                // After an opening quote or a colon a capital can be sentence-initial too.
                if (words[i - 1].Is(LexemeFlags.Punct) && words[i - 1].Norm is "\"" or ":" or "'" or "-" or "--" or "(") continue;
                ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cases, w.Hash, out _);
                if (w.Is(LexemeFlags.Lower)) c.Lower++;
                else if (w.Is(LexemeFlags.Upper)) c.Upper++;
                else if (w.Is(LexemeFlags.Title)) c.Title++;
            }
        }
    }

    public IReadOnlyList<Lexeme[]> Sentences { get; }

    /// <summary>Sentences written in capitals (CoNLL's "SOCCER - JAPAN GET LUCKY WIN" headlines): case says nothing there.</summary>
    public bool[] Headline { get; }

    public struct CaseCounts
    {
        public int Lower, Title, Upper;
    }

    public CaseCounts CaseOf(Lexeme word) => cases.GetValueOrDefault(word.Hash);

    /// <summary>Entity types the first pass gave each word type (index 0 = outside, then one per type).</summary>
    public int[]? PredictionsOf(Lexeme word) => predictions?.GetValueOrDefault(word.Hash);

    /// <summary>First-pass label of each token, per sentence (null before the first pass).</summary>
    public int[][]? FirstPass { get; private set; }

    internal void SetFirstPass(int[][] labels, IReadOnlyList<string> labelNames, IReadOnlyList<string> types)
    {
        FirstPass = labels;
        predictions = [];
        for (int s = 0; s < Sentences.Count; s++)
        {
            var words = Sentences[s];
            for (int i = 0; i < words.Length; i++)
            {
                if (!words[i].Is(LexemeFlags.Alpha) || words[i].Is(LexemeFlags.Lower)) continue;
                string label = labelNames[labels[s][i]];
                int type = label == "O" ? 0 : 1 + IndexOf(types, label[2..]);
                if (!predictions.TryGetValue(words[i].Hash, out var counts)) predictions[words[i].Hash] = counts = new int[types.Count + 1];
                counts[type]++;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }

    public static bool IsHeadline(ReadOnlySpan<Lexeme> words)
    {
        int letters = 0, upper = 0;
        foreach (var w in words)
        {
            if (!w.Is(LexemeFlags.Alpha) || w.Text.Length < 2) continue;
            letters++;
            if (w.Is(LexemeFlags.Upper)) upper++;
        }
        return letters >= 2 && upper * 10 >= letters * 9;
    }
}
