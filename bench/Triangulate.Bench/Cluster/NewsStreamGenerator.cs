using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Eval;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Bench.Cluster;

/// <summary>One generated article and the synthetic story it belongs to.</summary>
/// <summary>One generated article, the synthetic story it belongs to, and the article it is a wire copy of (null for
/// an original: the copies are the derivation edges a run should find).</summary>
public readonly record struct StreamArticle(Article Article, int Story, string? CopyOf = null);

/// <summary>
/// A long news-like stream recombined from the public datasets, read at run time (nothing of them is stored in
/// the repository). Each synthetic story takes one GoogleNews gold story's snippets, with its content words
/// relabelled by a permutation of its own over the GoogleNews vocabulary (words found in a fifth of the
/// GoogleNews stories or more, general language, stay as they are): the 152 GoogleNews stories can then seed thousands of synthetic stories that
/// keep real word statistics (Zipf frequencies, words that go together within a story) yet differ as real stories
/// do. Each story also gets three invented names, and each article is padded to news length with sentences drawn
/// from the WikiRef220 articles (shared background language).
/// Stories are born at a steady rate, their sizes follow a power law (most have one or two articles, a few have
/// hundreds), their articles spread over up to three days; one article in ten is a light edit of an earlier one
/// of its story (wire copy). Publication times are in order at <see cref="ArticlesPerHour"/>. Deterministic.
/// </summary>
public sealed partial class NewsStreamGenerator
{
    private static readonly string[] Syllables = ["ka", "lor", "vin", "dra", "mel", "tos", "ber", "nix", "qua", "sel", "dor", "fen", "gar", "hal", "jor", "kes", "lum", "mar", "nor", "pell", "rin", "sav", "tor", "ul", "ves", "wyn", "zan", "bri", "cal", "dun"];
    private static readonly string[] Outlets = ["Harbor Times", "Coastal Post", "River Gazette", "Metro Wire", "Valley Courier", "Island Herald", "Summit Tribune", "Lakeside Journal"];

    private readonly List<string[]> snippetsByStory;   // GoogleNews snippets grouped by gold story
    private readonly int[] storyWeights;               // how often a gold story is reused: its size
    private readonly string[] filler;                  // WikiRef sentences
    private readonly string[] vocabulary;              // GoogleNews content words (relabelling targets)
    private readonly Dictionary<string, int> vocabularyIndex;
    private readonly Random random;

    public NewsStreamGenerator(string dataRoot, int seed = 11, double articlesPerHour = 2500)
    {
        ArticlesPerHour = articlesPerHour;
        random = new Random(seed);
        var news = ClusteringSet.ReadGoogleNews(Path.Combine(dataRoot, "googlenews-story-clustering", "News-TS.jsonl"));
        snippetsByStory = news.Items.GroupBy(i => i.Gold).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Select(i => i.Text!).ToArray()).ToList();
        storyWeights = snippetsByStory.Select(s => s.Length).ToArray();
        // Words found in a fifth of the GoogleNews stories or more are general language and stay; every other word
        // (what makes a story that story: "kardashian", "typhoon") is relabelled per synthetic story.
        var storiesWithWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in snippetsByStory)
            foreach (var w in story.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct())
                storiesWithWord[w] = storiesWithWord.GetValueOrDefault(w) + 1;
        vocabulary = storiesWithWord.Where(kv => kv.Value * 5 < snippetsByStory.Count).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        vocabularyIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);

        var sentences = new List<string>();
        foreach (var result in Ingestor.Default().Read([Path.Combine(dataRoot, "wikiref220", "WikiRef220")]))
        {
            if (result.Article is not { } a) continue;
            foreach (Match m in Sentence().Matches(a.Text))
            {
                string s = m.Value.Trim();
                int words = s.Count(c => c == ' ') + 1;
                if (words is >= 8 and <= 40) sentences.Add(s);
            }
        }
        if (snippetsByStory.Count == 0 || sentences.Count == 0) throw new InvalidOperationException($"no GoogleNews or WikiRef220 text under {dataRoot}");
        filler = [.. sentences];
    }

    public double ArticlesPerHour { get; }

    private sealed class PlannedStory(int id, int source, string[] names, DateTimeOffset birth, int size, double spanHours, long multiplier, long offset)
    {
        public readonly long Multiplier = multiplier;
        public readonly long Offset = offset;
        public readonly int Id = id;
        public readonly int Source = source;
        public readonly string[] Names = names;
        public readonly DateTimeOffset Birth = birth;
        public readonly int Size = size;
        public readonly double SpanHours = spanHours;
        public readonly List<(string Id, string Body)> Written = [];
    }

    /// <summary>The stream, article by article, in publication order.</summary>
    public IEnumerable<StreamArticle> Generate(int count)
    {
        var start = new DateTimeOffset(2031, 1, 5, 0, 0, 0, TimeSpan.Zero);
        double meanSize = 0, norm = 0;
        for (int s = 1; s <= 1000; s++) { meanSize += s * Math.Pow(s, -2.1); norm += Math.Pow(s, -2.1); }
        meanSize /= norm;
        double storiesPerHour = ArticlesPerHour / meanSize;

        var pending = new PriorityQueue<(PlannedStory Story, int Index), (DateTimeOffset, int, int)>();
        int nextStory = 0, produced = 0;
        double nextBirth = 0;
        while (produced < count)
        {
            // Births up to the earliest pending article (or the next birth if nothing is pending).
            var horizon = pending.Count > 0 && pending.TryPeek(out _, out var p) ? p.Item1 : start.AddHours(nextBirth);
            while (start.AddHours(nextBirth) <= horizon)
            {
                var story = Plan(nextStory++, start.AddHours(nextBirth));
                for (int i = 0; i < story.Size; i++)
                {
                    double at = i == 0 ? 0 : random.NextDouble() * story.SpanHours;
                    var when = story.Birth.AddHours(at);
                    pending.Enqueue((story, i), (when, story.Id, i));
                }
                nextBirth += -Math.Log(1 - random.NextDouble()) / storiesPerHour;
            }
            var ((planned, _), (time, _, _)) = Dequeue(pending);
            var (article, copyOf) = Write(planned, produced, time);
            yield return new StreamArticle(article, planned.Id, copyOf);
            produced++;
        }
    }

    private static ((PlannedStory, int), (DateTimeOffset, int, int)) Dequeue(PriorityQueue<(PlannedStory Story, int Index), (DateTimeOffset, int, int)> queue)
    {
        queue.TryDequeue(out var element, out var priority);
        return (element, priority);
    }

    private PlannedStory Plan(int id, DateTimeOffset birth)
    {
        int source = Weighted(storyWeights);
        var names = new string[3];
        for (int i = 0; i < names.Length; i++)
        {
            var sb = new StringBuilder();
            int syllables = 2 + random.Next(2);
            for (int k = 0; k < syllables; k++) sb.Append(Syllables[random.Next(Syllables.Length)]);
            sb[0] = char.ToUpperInvariant(sb[0]);
            names[i] = sb.ToString();
        }
        // Power-law sizes (exponent 2.1, 1 to 1000): most stories have one or two articles, a few hundreds.
        double u = random.NextDouble();
        int size = (int)Math.Min(1000, Math.Floor(Math.Pow(1 - u, -1 / 1.1)));
        double span = 6 + random.NextDouble() * 66; // articles over 6 hours to 3 days
        // An affine permutation of the vocabulary: the multiplier must be coprime with its size.
        long v = vocabulary.Length, multiplier;
        do multiplier = 1 + random.NextInt64(v - 1); while (Gcd(multiplier, v) != 1);
        return new PlannedStory(id, source, names, birth, Math.Max(1, size), span, multiplier, random.NextInt64(v));
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>A snippet in the story's own words: each content word replaced by its image under the story's permutation.</summary>
    private string Relabel(string snippet, PlannedStory story)
    {
        var words = snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
            if (vocabularyIndex.TryGetValue(words[i], out int at))
                words[i] = vocabulary[(int)((at * story.Multiplier + story.Offset) % vocabulary.Length)];
        return string.Join(' ', words);
    }

    private (Article Article, string? CopyOf) Write(PlannedStory story, int serial, DateTimeOffset published)
    {
        string id = "a" + serial.ToString(CultureInfo.InvariantCulture);
        string source = Outlets[random.Next(Outlets.Length)];
        // Wire copy: a light edit of an earlier article of the story (first and last sentence changed).
        if (story.Written.Count > 0 && random.NextDouble() < 0.1)
        {
            var (originalId, original) = story.Written[random.Next(story.Written.Count)];
            var parts = original.Split(". ");
            if (parts.Length > 4)
            {
                parts[0] = filler[random.Next(filler.Length)].TrimEnd('.');
                parts[^2] = filler[random.Next(filler.Length)].TrimEnd('.');
            }
            string copy = string.Join(". ", parts);
            return (ArticleFactory.Create(id, copy, id, source, TitleOf(story), published: published, publishedHasTime: true), originalId);
        }

        var snippets = snippetsByStory[story.Source];
        var text = new StringBuilder(3200);
        int words = 0, target = 420 + random.Next(180);
        while (words < target)
        {
            // Two story sentences (a snippet with one of the story's names) to every filler sentence.
            string sentence;
            if (random.Next(3) < 2)
            {
                string snippet = Relabel(snippets[random.Next(snippets.Length)], story);
                string name = story.Names[random.Next(story.Names.Length)];
                sentence = $"{name} {snippet}";
            }
            else sentence = filler[random.Next(filler.Length)];
            sentence = sentence.TrimEnd('.', ' ');
            text.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append(". ");
            words += sentence.Count(c => c == ' ') + 1;
        }
        string body = text.ToString().TrimEnd();
        if (story.Written.Count < 8) story.Written.Add((id, body));
        return (ArticleFactory.Create(id, body, id, source, TitleOf(story), published: published, publishedHasTime: true), null);
    }

    private string TitleOf(PlannedStory story)
    {
        var snippet = Relabel(snippetsByStory[story.Source][random.Next(snippetsByStory[story.Source].Length)], story).Split(' ');
        return story.Names[0] + " " + string.Join(' ', snippet.Take(6));
    }

    private int Weighted(int[] weights)
    {
        int total = 0;
        foreach (int w in weights) total += w;
        int x = random.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.Length - 1;
    }

    [GeneratedRegex(@"[^.!?\n]+[.!?]")]
    private static partial Regex Sentence();
}
