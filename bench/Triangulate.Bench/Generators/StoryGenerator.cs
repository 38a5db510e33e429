using System.Globalization;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Bench.Generators;

/// <summary>
/// Generates one fictional multi-outlet story of any size, deterministically (fixed seed): each article
/// draws a subset of the story's facts in its own wording, quotes the officials (sometimes trimmed or
/// reworded), gives its own numbers now and then, and pads with background paragraphs to news length.
/// Benchmarks measure stage costs on it; nothing here is tuned to make the analysis look good.
/// </summary>
public sealed class StoryGenerator(int seed = 7)
{
    private static readonly string[] Outlets = ["Harbor Times", "Coastal Post", "River Gazette", "Bay Daily Digest", "Northern Ledger", "Valley Courier", "Island Herald", "Metro Wire", "Lakeside Journal", "Summit Tribune"];

    private static readonly string[][] Facts =
    [
        ["A fire tore through a warehouse of the Alder Shipping Company at the Port Alder harbor on Monday night.", "Fire crews battled a blaze at an Alder Shipping Company warehouse in Port Alder late on Monday.", "A warehouse owned by the Alder Shipping Company burned at the Port Alder harbor on Monday night."],
        ["At least {0} people were injured, two firefighters among them.", "{0} people were hurt in the fire, officials said.", "The number of injured rose to {0}, hospital officials said."],
        ["More than {1} firefighters fought the blaze for {2} hours.", "About {1} firefighters worked for {2} hours to contain the fire.", "Some {1} firefighters needed {2} hours to bring the fire under control."],
        ["Mayor Elena Marsh said the harbor will reopen on Thursday.", "Mayor Elena Marsh said the harbor could reopen on Thursday if inspectors approve the docks.", "The harbor is expected to reopen on Thursday, Mayor Elena Marsh said."],
        ["The Alder Shipping Company said the warehouse was insured.", "The company said the building was not insured.", "Alder Shipping said the warehouse held paint, rope and spare engine parts."],
        ["Ferries to Gull Island were suspended on Tuesday.", "Ferry services to Gull Island were halted on Tuesday.", "The ferry to Gull Island did not run on Tuesday."],
        ["Investigators believe an electrical fault in the loading bay started the fire.", "The cause of the fire is under investigation, the fire department said.", "Officials suspect faulty wiring in the loading bay."],
        ["About {3} residents were evacuated from nearby streets overnight.", "Residents of {3} homes near the docks spent the night in a school gym.", "Police evacuated roughly {3} people from the waterfront district."],
    ];

    private static readonly string[] Quotes =
    [
        "“The fire spread through the roof in minutes. We were lucky that nobody died,” Fire Chief Dmitri Kovalenko said.",
        "“The fire spread through the roof in minutes,” said Fire Chief Dmitry Kovalenko.",
        "“The blaze moved across the roof within minutes,” Fire Chief Dmitri Kovalenko remarked.",
        "“We will rebuild the east dock, and we will do it quickly,” Marsh said.",
        "“We will rebuild the east dock,” she said.",
    ];

    private static readonly string[] Background =
    [
        "The harbor handles most of the region's freight and employs several hundred people in the busy season.",
        "Port Alder has expanded its docks twice in the past decade, and a new container terminal opened last year.",
        "Local business owners said the closure would hurt the fishing fleet, which sells most of its catch at the harbor market.",
        "The fire department has asked the city council for more money to replace ageing equipment at the waterfront station.",
        "Traffic on the coastal road was diverted for most of Tuesday while crews cleared debris from the site.",
        "The Alder Shipping Company, founded more than a century ago, runs cargo routes to the islands and along the coast.",
        "Environmental officials were testing the water near the docks for paint and fuel residue, a spokesman said.",
        "Insurance experts said claims from the fire could take months to settle, depending on the cause.",
    ];

    /// <summary>Generates <paramref name="count"/> articles of about <paramref name="words"/> words each.</summary>
    public List<Article> Generate(int count, int words = 600)
    {
        var random = new Random(seed);
        var articles = new List<Article>(count);
        var start = new DateTimeOffset(2025, 6, 10, 6, 0, 0, TimeSpan.Zero);
        for (int n = 0; n < count; n++)
        {
            string outlet = Outlets[n % Outlets.Length] + (n >= Outlets.Length ? $" {n / Outlets.Length + 1}" : "");
            var sb = new StringBuilder();
            var numbers = new object[] { 12 + random.Next(4), 40 + random.Next(3) * 5, 4 + random.Next(3), 300 + random.Next(5) * 10 };
            foreach (int f in Enumerable.Range(0, Facts.Length).OrderBy(_ => random.Next()).Take(5 + random.Next(3)).Order())
            {
                sb.Append(string.Format(CultureInfo.InvariantCulture, Facts[f][random.Next(Facts[f].Length)], numbers)).Append("\n\n");
                if (random.Next(3) == 0) sb.Append(Quotes[random.Next(Quotes.Length)]).Append("\n\n");
            }
            while (CountWords(sb) < words) sb.Append(Background[random.Next(Background.Length)]).Append(' ').Append(Background[random.Next(Background.Length)]).Append("\n\n");
            string text = sb.ToString().TrimEnd();
            articles.Add(ArticleFactory.Create($"article-{n + 1:D4}", text, $"generated:{n + 1}", outlet, $"Warehouse fire in Port Alder ({outlet})",
                published: start.AddMinutes(37 * n), publishedHasTime: true));
        }
        return articles;
    }

    /// <summary>Writes the articles as text files with header lines, for timing the CLI end to end.</summary>
    public static void WriteFiles(IEnumerable<Article> articles, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var a in articles)
            File.WriteAllText(Path.Combine(folder, a.Id + ".txt"),
                $"Title: {a.Title}\nSource: {a.Source}\nPublished: {a.Published:O}\n\n{a.Text}\n");
    }

    private static int CountWords(StringBuilder sb)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < sb.Length; i++)
        {
            bool w = char.IsLetterOrDigit(sb[i]);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }
}
