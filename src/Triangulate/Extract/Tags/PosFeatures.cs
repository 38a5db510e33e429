using Triangulate.Extract.Tagging;
using Triangulate.Model;

namespace Triangulate.Extract.Tags;

/// <summary>
/// Features for part-of-speech tagging (Ratnaparkhi / Collins templates): the word, its affixes, shape and
/// case, and the words around it. Everything about a word type comes from the cached <see cref="LexemeFeatures"/>.
/// </summary>
public static class PosFeatures
{
    // Template ids: part of every feature's hash, so they must never be renumbered (that would invalidate the model).
    private const int Bias = 1, Word = 2, Suffix = 3, Prefix = 7, Shape = 11, Case = 12, WordM1 = 13, WordM2 = 14, WordP1 = 15, WordP2 = 16,
        Suffix3M1 = 17, Suffix3P1 = 18, WordBigramM1 = 19, WordBigramP1 = 20, FirstTitle = 21, Form = 22, ShapeM1P1 = 23;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Extract(ReadOnlySpan<Lexeme> words, FeatureBuffer buffer)
    {
        buffer.Clear();
        int n = words.Length;
        for (int i = 0; i < n; i++)
        {
            var w = LexemeFeatures.Of(words[i]);
            var m1 = i > 0 ? LexemeFeatures.Of(words[i - 1]) : null;
            var m2 = i > 1 ? LexemeFeatures.Of(words[i - 2]) : null;
            var p1 = i + 1 < n ? LexemeFeatures.Of(words[i + 1]) : null;
            var p2 = i + 2 < n ? LexemeFeatures.Of(words[i + 2]) : null;
            buffer.Add(Bias, 0);
            buffer.Add(Word, w.Norm);
            buffer.Add(Form, w.Form);
            for (int k = 0; k < LexemeFeatures.AffixLengths; k++)
                if (w.Suffixes[k] != 0) buffer.Add(Suffix + k, w.Suffixes[k]);
            for (int k = 0; k < 3; k++)
                if (w.Prefixes[k] != 0) buffer.Add(Prefix + k, w.Prefixes[k]);
            buffer.Add(Shape, w.Shape);
            buffer.Add(Case, (ulong)w.Case);
            buffer.Add(WordM1, m1?.Norm ?? 1);
            buffer.Add(WordM2, m2?.Norm ?? 1);
            buffer.Add(WordP1, p1?.Norm ?? 2);
            buffer.Add(WordP2, p2?.Norm ?? 2);
            buffer.Add(Suffix3M1, m1?.Suffixes[2] ?? 1);
            buffer.Add(Suffix3P1, p1?.Suffixes[2] ?? 2);
            buffer.Add(WordBigramM1, Text.StableHash.Combine(m1?.Norm ?? 1, w.Norm));
            buffer.Add(WordBigramP1, Text.StableHash.Combine(w.Norm, p1?.Norm ?? 2));
            buffer.Add(ShapeM1P1, Text.StableHash.Combine(m1?.Shape ?? 1, p1?.Shape ?? 2));
            if (i == 0) buffer.Add(FirstTitle, (ulong)w.Case);
            buffer.EndToken();
        }
    }
}
