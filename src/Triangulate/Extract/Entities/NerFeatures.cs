using Triangulate.Extract.Tagging;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Features of the entity tagger, after Ratinov &amp; Roth (2009): the word, its affixes, shape and case;
/// a ±2 window of words and shapes; gazetteer matches as BILU positions per list; the document's
/// capitalisation of the word elsewhere (so headline capitals and sentence-initial capitals can be read);
/// and in the second pass, what the first pass tagged the same word as elsewhere in the document.
/// Word-type values come from the cached <see cref="LexemeFeatures"/>.
/// </summary>
public sealed class NerFeatures(Gazetteer gazetteer)
{
    // Template ids are hashed into every feature: never renumber them (that would invalidate the model).
    private const int Bias = 1, Word = 2, Form = 3, Shape = 4, Case = 5, Prefix = 6, Suffix = 10,
        WordM1 = 14, WordM2 = 15, WordP1 = 16, WordP2 = 17, FormM1 = 18, FormP1 = 19,
        ShapeM1 = 20, ShapeP1 = 21, ShapeBigramM1 = 22, ShapeBigramP1 = 23, ShapeTrigram = 24,
        WordBigramM1 = 25, WordBigramP1 = 26, FirstCase = 27, HeadlineWord = 28, HeadlineFlag = 29,
        DocCase = 30, Gaz = 31, GazM1 = 32, GazP1 = 33, GazShape = 34,
        HistShare = 40, FirstPassLabel = 41, FirstPassM1 = 42, FirstPassP1 = 43, HistMajority = 44;

    private const int GazTypes = 6;

    public Gazetteer Gazetteer { get; } = gazetteer;

    [ThreadStatic] private static uint[]? gazBits; // per token: (type × 4 + position) bits, position B I L U

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Extract(NerDocumentContext doc, int sentence, FeatureBuffer buffer, bool secondPass = false)
    {
        buffer.Clear();
        var words = doc.Sentences[sentence];
        int n = words.Length;
        bool headline = doc.Headline[sentence];
        var gaz = Gazetteers(words);
        int[]? firstPass = secondPass ? doc.FirstPass?[sentence] : null;

        for (int i = 0; i < n; i++)
        {
            var lex = words[i];
            var w = LexemeFeatures.Of(lex);
            var m1 = i > 0 ? LexemeFeatures.Of(words[i - 1]) : null;
            var m2 = i > 1 ? LexemeFeatures.Of(words[i - 2]) : null;
            var p1 = i + 1 < n ? LexemeFeatures.Of(words[i + 1]) : null;
            var p2 = i + 2 < n ? LexemeFeatures.Of(words[i + 2]) : null;
            ulong sm1 = m1?.Shape ?? 1, sp1 = p1?.Shape ?? 2;

            buffer.Add(Bias, 0);
            buffer.Add(Word, w.Norm);
            buffer.Add(Form, w.Form);
            buffer.Add(Shape, w.Shape);
            buffer.Add(Case, (ulong)w.Case);
            for (int k = 0; k < LexemeFeatures.AffixLengths; k++)
            {
                if (w.Prefixes[k] != 0) buffer.Add(Prefix + k, w.Prefixes[k]);
                if (w.Suffixes[k] != 0) buffer.Add(Suffix + k, w.Suffixes[k]);
            }
            buffer.Add(WordM1, m1?.Norm ?? 1);
            buffer.Add(WordM2, m2?.Norm ?? 1);
            buffer.Add(WordP1, p1?.Norm ?? 2);
            buffer.Add(WordP2, p2?.Norm ?? 2);
            buffer.Add(FormM1, m1?.Form ?? 1);
            buffer.Add(FormP1, p1?.Form ?? 2);
            buffer.Add(ShapeM1, sm1);
            buffer.Add(ShapeP1, sp1);
            buffer.Add(ShapeBigramM1, StableHash.Combine(sm1, w.Shape));
            buffer.Add(ShapeBigramP1, StableHash.Combine(w.Shape, sp1));
            buffer.Add(ShapeTrigram, StableHash.Combine(StableHash.Combine(sm1, w.Shape), sp1));
            buffer.Add(WordBigramM1, StableHash.Combine(m1?.Norm ?? 1, w.Norm));
            buffer.Add(WordBigramP1, StableHash.Combine(w.Norm, p1?.Norm ?? 2));
            if (i == 0) buffer.Add(FirstCase, (ulong)w.Case);
            if (headline)
            {
                buffer.Add(HeadlineFlag, 0);
                buffer.Add(HeadlineWord, w.Norm);
            }

            if (lex.Is(LexemeFlags.Alpha))
            {
                var c = doc.CaseOf(lex);
                ulong seen = (c.Lower > 0 ? 1UL : 0) | (c.Title > 0 ? 2UL : 0) | (c.Upper > 0 ? 4UL : 0);
                bool informative = i == 0 || headline || (m1 is not null && words[i - 1].Is(LexemeFlags.Punct));
                buffer.Add(DocCase, seen * 16 + (ulong)w.Case * 2 + (informative ? 1UL : 0));
            }

            uint g = gaz[i];
            if (g != 0)
            {
                for (int b = 0; b < GazTypes * 4; b++)
                    if ((g & (1u << b)) != 0)
                    {
                        buffer.Add(Gaz, (ulong)b);
                        buffer.Add(GazShape, (ulong)b * 8 + (ulong)w.Case);
                    }
            }
            if (i > 0 && gaz[i - 1] != 0) AddTypes(buffer, GazM1, gaz[i - 1]);
            if (i + 1 < n && gaz[i + 1] != 0) AddTypes(buffer, GazP1, gaz[i + 1]);

            if (firstPass is not null)
            {
                buffer.Add(FirstPassLabel, (ulong)firstPass[i]);
                buffer.Add(FirstPassM1, i > 0 ? (ulong)firstPass[i - 1] : 255);
                buffer.Add(FirstPassP1, i + 1 < n ? (ulong)firstPass[i + 1] : 255);
                if (doc.PredictionsOf(lex) is { } counts)
                {
                    int total = 0, best = 0;
                    for (int t = 0; t < counts.Length; t++) { total += counts[t]; if (counts[t] > counts[best]) best = t; }
                    for (int t = 0; t < counts.Length; t++)
                    {
                        if (counts[t] == 0) continue;
                        int bucket = counts[t] * 3 <= total ? 0 : counts[t] * 3 < total * 2 ? 1 : 2;
                        buffer.Add(HistShare, (ulong)(t * 4 + bucket) * 2 + (total > 1 ? 1UL : 0));
                    }
                    buffer.Add(HistMajority, (ulong)best * 8 + (ulong)w.Case);
                }
            }
            buffer.EndToken();
        }
    }

    private static void AddTypes(FeatureBuffer buffer, int template, uint bits)
    {
        for (int t = 0; t < GazTypes; t++)
            if ((bits & (0xFu << (t * 4))) != 0) buffer.Add(template, (ulong)t);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private uint[] Gazetteers(Lexeme[] words)
    {
        var bits = gazBits is { } b && b.Length >= words.Length ? b : gazBits = new uint[Math.Max(64, words.Length * 2)];
        Array.Clear(bits, 0, words.Length);
        var local = bits;
        Gazetteer.Match(words, (start, length, types) =>
        {
            for (int t = 0; t < GazTypes; t++)
            {
                if (((int)types & (1 << t)) == 0) continue;
                if (length == 1) { local[start] |= 1u << (t * 4 + 3); continue; }
                local[start] |= 1u << (t * 4);
                for (int k = start + 1; k < start + length - 1; k++) local[k] |= 1u << (t * 4 + 1);
                local[start + length - 1] |= 1u << (t * 4 + 2);
            }
        });
        return bits;
    }
}
