using System.Text;

namespace Triangulate.Eval.Paraphrase;

/// <summary>One MRPC pair: the gold label (1 = the two sentences are paraphrases) and the two raw sentences.</summary>
public sealed record MrpcPair(bool Paraphrase, string Id1, string Id2, string Sentence1, string Sentence2);

/// <summary>
/// Reads the Microsoft Research Paraphrase Corpus format: UTF-8 (with BOM), a header line, then
/// "Quality TAB #1 ID TAB #2 ID TAB #1 String TAB #2 String". Split on tabs only: sentences contain quotation
/// marks that CSV rules would misread.
/// </summary>
public static class MrpcCorpus
{
    public const string Folder = "mrpc";
    public const string TrainFile = "msr_paraphrase_train.txt";

    /// <summary>No official dev split exists; as GLUE does, the last 408 pairs of the training file are the dev set.</summary>
    public const int DevPairs = 408;

    public static IReadOnlyList<MrpcPair> Read(string path)
    {
        var pairs = new List<MrpcPair>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 && line.TrimStart('\uFEFF').StartsWith("Quality", StringComparison.OrdinalIgnoreCase)) continue;
            if (line.Length == 0) continue;
            var f = line.TrimStart('\uFEFF').Split('\t');
            if (f.Length != 5 || f[0] is not ("0" or "1"))
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String' with quality 0 or 1");
            pairs.Add(new MrpcPair(f[0] == "1", f[1], f[2], f[3], f[4]));
        }
        if (pairs.Count == 0) throw new InvalidDataException($"{path}: no sentence pairs");
        return pairs;
    }

    /// <summary>Training portion (all but the last <see cref="DevPairs"/>) and dev portion of the training file.</summary>
    public static (IReadOnlyList<MrpcPair> Train, IReadOnlyList<MrpcPair> Dev) SplitDev(IReadOnlyList<MrpcPair> all)
    {
        if (all.Count <= DevPairs) throw new InvalidDataException($"the training file has {all.Count} pairs; the dev split needs more than {DevPairs}");
        return (all.Take(all.Count - DevPairs).ToList(), all.Skip(all.Count - DevPairs).ToList());
    }
}
