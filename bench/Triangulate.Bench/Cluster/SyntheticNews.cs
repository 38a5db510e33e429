using System.Text;
using Triangulate.Cluster;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Text;

namespace Triangulate.Bench.Cluster;

/// <summary>
/// News-length articles made by code alone (no dataset), for BenchmarkDotNet: an invented vocabulary of 20,000
/// words drawn with Zipf frequencies for background language, and per story 30 topic words and two names that
/// each of its articles uses heavily. Story sizes follow a power law; articles are ~450 words. Deterministic.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] Syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dre", "gla", "pho", "stu", "tre", "qua", "lin", "mor", "sed", "var"];

    public static List<Article> Articles(int count, int seed = 3)
    {
        var random = new Random(seed);
        var vocabulary = new string[20_000];
        for (int i = 0; i < vocabulary.Length; i++) vocabulary[i] = Word(i, 2 + i % 3);
        // Zipf: cumulative weights 1/(rank+1).
        var cumulative = new double[vocabulary.Length];
        double sum = 0;
        for (int i = 0; i < cumulative.Length; i++) cumulative[i] = sum += 1.0 / (i + 1);

        var articles = new List<Article>(count);
        var start = new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero);
        int story = 0, left = 0;
        string[] topic = [], names = [];
        var text = new StringBuilder(4000);
        for (int n = 0; n < count; n++)
        {
            if (left == 0)
            {
                story++;
                left = (int)Math.Min(200, Math.Floor(Math.Pow(1 - random.NextDouble(), -1 / 1.1)));
                topic = Enumerable.Range(0, 30).Select(_ => vocabulary[500 + random.Next(vocabulary.Length - 500)]).ToArray();
                names = [Capital(Word(100_000 + story * 2, 3)), Capital(Word(100_001 + story * 2, 3))];
            }
            left--;
            text.Clear();
            for (int sentence = 0; sentence < 30; sentence++)
            {
                text.Append(names[random.Next(2)]);
                for (int w = 0; w < 14; w++)
                {
                    text.Append(' ');
                    text.Append(random.Next(3) == 0 ? topic[random.Next(topic.Length)] : vocabulary[Pick(cumulative, random)]);
                }
                text.Append(". ");
            }
            articles.Add(ArticleFactory.Create($"s{story}-{n}", text.ToString(), "synthetic", "Synthetic Wire",
                title: $"{names[0]} {topic[0]} {topic[1]}", published: start.AddSeconds(n * 1.5), publishedHasTime: true));
        }
        return articles;
    }

    public static ClusterInput[] Inputs(IEnumerable<Article> articles)
    {
        var segment = new SegmentStage(Tokenizer.Shared);
        return articles.Select(a => TermExtractor.Shared.Extract(segment.Run(new Doc(a)))).ToArray();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        int at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return at < 0 ? Math.Min(~at, cumulative.Length - 1) : at;
    }

    private static string Word(int index, int syllables)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[index % Syllables.Length]);
            index /= Syllables.Length;
        }
        return sb.ToString();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
