using System.Text;
using Triangulate.Eval;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Extract.Entities;

/// <summary>
/// Learns title and role head words from CoNLL-2003 training data: nouns that directly precede a person's
/// name ("minister", "spokesman", "coach", "mr") or head an appositive after one ("X, the bank's director,").
/// A word qualifies when the file's POS column calls it a noun most of the time, it precedes a PER span at least
/// twice and in at least 5% of its occurrences, or heads such an appositive at least twice. The list is written
/// as <c>title-heads.txt</c> by <c>triangulate train entities</c>, beside the models.
/// </summary>
public static class TitleHeadStatistics
{
    public const string FileName = "title-heads.txt";

    public static SortedSet<string> Compute(IReadOnlyList<ConllDocument> documents)
    {
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        var noun = new Dictionary<string, int>(StringComparer.Ordinal);
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var appositive = new Dictionary<string, int>(StringComparer.Ordinal);
        static void Bump(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

        foreach (var s in documents.SelectMany(d => d.Sentences))
        {
            int n = s.Words.Length;
            var norms = s.Words.Select(w => Lexicon.Normalise(w)).ToArray();
            for (int i = 0; i < n; i++)
            {
                Bump(all, norms[i]);
                if (s.PosTags[i].StartsWith("NN", StringComparison.Ordinal)) Bump(noun, norms[i]);
            }
            foreach (var span in Tagging.Bilou.SpansFromIob(s.NerTags))
            {
                if (span.Type != "PER") continue;
                if (span.Start > 0 && s.NerTags[span.Start - 1] == "O" && IsWord(norms[span.Start - 1])) Bump(before, norms[span.Start - 1]);
                // "PER , [the|his|Cap] ... head [of ...] ,|." : the last noun before a preposition.
                if (span.End + 1 < n && norms[span.End] == ",")
                {
                    int k = span.End + 1;
                    string? head = null;
                    bool prepositionSeen = false;
                    while (k < n && k < span.End + 12 && norms[k] is not ("," or "." or ";" or ":" or "(" or ")" or "\""))
                    {
                        if (s.PosTags[k] == "IN") prepositionSeen = true;
                        else if (!prepositionSeen && s.PosTags[k] is "NN" or "NNS") head = norms[k];
                        k++;
                    }
                    if (head is not null && k < n && norms[k] is "," or "." && s.PosTags[span.End + 1] is "DT" or "PRP$" or "JJ" or "NN" or "NNP") Bump(appositive, head);
                }
            }
        }
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (w, count) in all)
        {
            if (w.Length < 2 || !IsWord(w) || noun.GetValueOrDefault(w) * 2 <= count) continue;
            int b = before.GetValueOrDefault(w), a = appositive.GetValueOrDefault(w);
            if ((b >= 2 && b * 20 >= count) || a >= 2) result.Add(w);
        }
        return result;
    }

    private static bool IsWord(string norm) => norm.All(c => char.IsLetter(c) || c == '-') && norm.Any(char.IsLetter);

    public static void Write(SortedSet<string> heads, string path, string source)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Title and role head words learned from {source} by 'triangulate train entities' (see TitleHeadStatistics); do not edit.");
        foreach (var h in heads) sb.Append(h).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }
}
