using System.Text;
using Triangulate.Compare.Derivation;
using Triangulate.Index;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;
using Triangulate.Model.Story;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>A constructed pair: the base (source) and the other article, what it is, and which group of the set it came from.</summary>
internal sealed record DerivationEvalPair(Doc Source, Doc Other, DerivationKind Gold, string Group);

/// <summary>
/// Builds the derivation evaluation set at run time from the datasets (nothing of them is stored):
/// <list type="bullet">
/// <item>PolNeAR articles of one split (train to calibrate, dev to report), each with ≥ 8 sentences, give
///   a verbatim copy (credit line added, curly quotes straightened), and a near copy (cut after 40–90% of its
///   sentences at a paragraph start, one later sentence dropped half the time, about one sentence in three edited
///   by deleting, replacing or inserting a word), both by seeded random choices;</item>
/// <item>each PolNeAR article paired with its nearest other article of the split by content-lemma MinHash (same
///   political news cycle; pairs sharing over 30% of shingles are left out as probable real copies): independent;</item>
/// <item>MRPC pairs judged paraphrases, taken 8–12 at a time in file order: the first sentences form one article,
///   their paraphrases (10% dropped) in the same order the other: a paraphrase rewrite;</item>
/// <item>MRPC pairs judged not paraphrases, taken the same way: independent (hard: each pair is on one topic and
///   shares many words).</item>
/// </list>
/// MRPC's calibration part is its first 3,668 training pairs, its report part the last 408 (as GLUE's dev set).
/// </summary>
internal static class DerivationEvalSet
{
    private static readonly SegmentStage Segment = new(Tokenizer.Shared);

    public static Doc MakeDoc(string id, string text, string source, DateTimeOffset? published = null)
    {
        var article = ArticleFactory.Create(id, text, id, source, published: published);
        return Segment.Run(new Doc(article));
    }

    public static List<Doc> ReadPolnear(string dataDir, string split)
    {
        string meta = Path.Combine(dataDir, "polnear", "metadata.tsv");
        var publisher = new Dictionary<string, (string Publisher, DateTimeOffset? Date)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(meta).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 6 || c[0] != split) continue;
            DateTimeOffset? date = DateTimeOffset.TryParse(c[5], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            publisher[c[1]] = (c[4], date);
        }
        var docs = new List<Doc>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dataDir, "polnear", split, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(file);
            var (pub, date) = publisher.GetValueOrDefault(id, ("", null));
            docs.Add(MakeDoc(id, File.ReadAllText(file), pub, date));
        }
        return docs;
    }

    public static List<(bool Paraphrase, string A, string B)> ReadMrpc(string dataDir)
    {
        var rows = new List<(bool, string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "mrpc", "msr_paraphrase_train.txt")).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length >= 5) rows.Add((c[0].Trim('\uFEFF') == "1", c[3], c[4]));
        }
        return rows;
    }

    public static List<DerivationEvalPair> Build(List<Doc> articles, List<(bool Paraphrase, string A, string B)> mrpc, DerivationDetector detector, int seed, out int probableCopiesLeftOut)
    {
        var random = new Random(seed);
        var pairs = new List<DerivationEvalPair>();
        var bases = articles.Where(d => d.Sentences.Length >= 8).ToList();
        foreach (var doc in bases)
        {
            pairs.Add(new(doc, MakeDoc(doc.Id + "~verbatim", Verbatim(doc.Text), "copy"), DerivationKind.Verbatim, "polnear verbatim copy"));
            pairs.Add(new(doc, MakeDoc(doc.Id + "~near", NearCopy(doc, random), "copy"), DerivationKind.NearCopy, "polnear trimmed+edited copy"));
        }

        // Nearest topical neighbour by content-lemma MinHash: the hardest independent report the split offers.
        probableCopiesLeftOut = 0;
        var profiles = articles.Select(detector.Profile).ToList();
        var seen = new HashSet<(int, int)>();
        for (int i = 0; i < profiles.Count; i++)
        {
            if (articles[i].Sentences.Length < 8) continue;
            int best = -1;
            double bestSim = -1;
            for (int j = 0; j < profiles.Count; j++)
            {
                if (j == i) continue;
                double sim = MinHasher.Similarity(profiles[i].TopicSignature, profiles[j].TopicSignature);
                if (sim > bestSim) { bestSim = sim; best = j; }
            }
            if (best < 0 || !seen.Add((Math.Min(i, best), Math.Max(i, best)))) continue;
            if (MinHasher.Similarity(profiles[i].CopySignature, profiles[best].CopySignature) > 0.3) { probableCopiesLeftOut++; continue; }
            pairs.Add(new(articles[i], articles[best], DerivationKind.Independent, "polnear nearest other article"));
        }

        int n = 0;
        foreach (var (group, paraphrase) in new[] { ("mrpc paraphrase sequence", true), ("mrpc non-paraphrase sequence", false) })
        {
            var rows = mrpc.Where(r => r.Paraphrase == paraphrase).ToList();
            for (int i = 0; i < rows.Count;)
            {
                int take = random.Next(8, 13);
                if (i + take > rows.Count) break;
                var chunk = rows.GetRange(i, take);
                i += take;
                var a = string.Join("\n\n", chunk.Select(r => r.A));
                var b = string.Join("\n\n", chunk.Where(_ => random.NextDouble() >= 0.1).Select(r => r.B));
                n++;
                pairs.Add(new(MakeDoc($"mrpc{n}a", a, "mrpc"), MakeDoc($"mrpc{n}b", b, "mrpc"),
                    paraphrase ? DerivationKind.Paraphrase : DerivationKind.Independent, group));
            }
        }
        return pairs;
    }

    private static string Verbatim(string text) =>
        "Distributed by a wire service.\n\n" + text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'');

    private static string NearCopy(Doc doc, Random random)
    {
        var sentences = doc.Sentences;
        int cut = (int)Math.Round(sentences.Length * (0.4 + 0.5 * random.NextDouble()));
        while (cut < sentences.Length && !sentences[cut].StartsParagraph) cut++;
        cut = Math.Max(cut, 3);
        int drop = random.NextDouble() < 0.5 ? random.Next(1, cut) : -1;
        var vocabulary = doc.Tokens.AsSpan().ToArray().Where(t => t.IsWord).Select(t => t.Text).Distinct().ToArray();
        var sb = new StringBuilder();
        for (int s = 0; s < Math.Min(cut, sentences.Length); s++)
        {
            if (s == drop) continue;
            string text = sentences[s].Span.TextOf(doc.Text).Replace('\n', ' ');
            if (random.NextDouble() < 0.33) text = Edit(text, vocabulary, random);
            if (sb.Length > 0) sb.Append(sentences[s].StartsParagraph ? "\n\n" : " ");
            sb.Append(text);
        }
        return sb.ToString();
    }

    private static string Edit(string sentence, string[] vocabulary, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 4) return sentence;
        int at = random.Next(1, words.Count - 1);
        switch (random.Next(3))
        {
            case 0: words.RemoveAt(at); break;
            case 1: words[at] = vocabulary[random.Next(vocabulary.Length)]; break;
            default: words.Insert(at, vocabulary[random.Next(vocabulary.Length)]); break;
        }
        return string.Join(' ', words);
    }
}
