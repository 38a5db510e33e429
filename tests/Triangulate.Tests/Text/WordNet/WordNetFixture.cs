using System.Text;

namespace Triangulate.Tests.Text.WordNet;

/// <summary>
/// Writes a tiny WordNet database in Princeton's file format (licence header, data lines whose offsets are their
/// byte positions, index lines, exception lists) into a temporary folder: enough synsets to test the reader, the
/// cache, morphy and the relations without the real WordNet.
/// </summary>
public sealed class WordNetFixture : IDisposable
{
    private sealed record Def(string Key, char Type, int LexFile, string[] Words, (string Symbol, string Target, int Source, int TargetWord)[] Pointers, string Gloss);

    private static readonly Def[] Synsets =
    [
        new("n.entity", 'n', 3, ["entity"], [], "that which exists"),
        new("n.aircraft", 'n', 6, ["aircraft"], [("@", "n.entity", 0, 0)], "a vehicle that can fly"),
        new("n.drone", 'n', 6, ["drone", "pilotless_aircraft"], [("@", "n.aircraft", 0, 0)], "an aircraft without a pilot; \"the drone circled the harbour\""),
        new("n.goose", 'n', 5, ["goose"], [("@", "n.entity", 0, 0)], "a web-footed water bird"),
        new("n.exchange", 'n', 4, ["exchange"], [("+", "v.exchange", 1, 1)], "the act of giving something and receiving something in return"),
        new("n.intelligence", 'n', 10, ["intelligence", "intelligence_information"], [("@", "n.entity", 0, 0)], "secret information about an enemy"),
        new("n.city", 'n', 15, ["city", "metropolis"], [("@", "n.entity", 0, 0)], "a large and densely populated town"),
        new("n.portmere", 'n', 15, ["Portmere"], [("@i", "n.city", 0, 0)], "a harbour city of the north coast"),
        new("n.talk", 'n', 10, ["talk"], [], "an exchange of ideas"),
        new("n.talks", 'n', 4, ["talks"], [("@", "n.talk", 0, 0)], "a discussion intended to produce an agreement"),
        new("n.resumption", 'n', 4, ["resumption", "recommencement"], [("+", "v.resume", 1, 1), ("+", "v.recommence", 2, 1)], "beginning again"),
        new("v.resume", 'v', 30, ["resume", "restart"], [("+", "n.resumption", 1, 1), ("@", "v.begin", 0, 0)], "take up or begin anew"),
        new("v.begin", 'v', 30, ["begin", "start"], [], "take the first step or steps in carrying out an action"),
        new("v.recommence", 'v', 30, ["recommence"], [("@", "v.begin", 0, 0), ("+", "n.resumption", 1, 2)], "begin again"),
        new("v.give", 'v', 40, ["give"], [], "transfer possession of something"),
        new("v.share", 'v', 40, ["share"], [("@", "v.give", 0, 0)], "give out as one's portion or share"),
        new("v.exchange", 'v', 40, ["exchange", "change", "interchange"], [("+", "n.exchange", 1, 1), ("@", "v.give", 0, 0)], "give to, and receive from, one another"),
        new("v.go", 'v', 38, ["go", "move"], [], "change location"),
        new("v.rise", 'v', 38, ["rise", "lift"], [("!", "v.fall", 1, 1)], "move upward"),
        new("v.fall", 'v', 38, ["fall"], [("!", "v.rise", 1, 1)], "descend in free fall"),
        new("v.agree", 'v', 32, ["agree", "concur"], [], "be in accord"),
        new("a.good", 'a', 0, ["good"], [("!", "a.bad", 1, 1)], "having desirable qualities"),
        new("a.bad", 'a', 0, ["bad"], [("!", "a.good", 1, 1)], "having undesirable qualities"),
        new("a.large", 'a', 0, ["large", "big"], [], "above average in size"),
        new("s.huge", 's', 0, ["huge(a)"], [("&", "a.large", 0, 0)], "unusually great in size"),
        new("r.quickly", 'r', 2, ["quickly", "rapidly"], [], "with speed"),
    ];

    private static readonly (string File, string[] Lines)[] ExceptionLists =
    [
        ("verb.exc", ["fell fall", "rose rise", "went go"]),
        ("noun.exc", ["geese goose"]),
        ("adj.exc", ["better good"]),
        ("adv.exc", []),
    ];

    public WordNetFixture(bool withExceptions = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("triangulate-wordnet-").FullName;
        Write(Directory, withExceptions);
    }

    /// <summary>The dict folder.</summary>
    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string FileOf(char type) => type switch { 'n' => "noun", 'v' => "verb", 'a' or 's' => "adj", _ => "adv" };

    private static void Write(string dir, bool withExceptions)
    {
        const string header = "  1 Fixture database for tests.  \n  2 WordNet 9.9 Copyright 2026 by the Triangulate tests.  \n";
        // Offsets are byte positions of the lines; a line's length does not depend on the (8-digit) offsets in it.
        var offsets = new Dictionary<string, int>();
        foreach (var group in Synsets.GroupBy(s => FileOf(s.Type)))
        {
            int position = Encoding.UTF8.GetByteCount(header);
            foreach (var s in group)
            {
                offsets[s.Key] = position;
                position += Encoding.UTF8.GetByteCount(Line(s, _ => 0));
            }
        }
        foreach (var group in Synsets.GroupBy(s => FileOf(s.Type)))
        {
            var sb = new StringBuilder(header);
            foreach (var s in group) sb.Append(Line(s, key => offsets[key]));
            File.WriteAllText(Path.Combine(dir, "data." + group.Key), sb.ToString());

            // Index: each lemma (lower case, markers stripped) with its synsets in the order above.
            var lemmas = new SortedDictionary<string, List<Def>>(StringComparer.Ordinal);
            foreach (var s in group)
                foreach (var w in s.Words)
                {
                    string lemma = Strip(w).ToLowerInvariant();
                    if (!lemmas.TryGetValue(lemma, out var list)) lemmas[lemma] = list = [];
                    list.Add(s);
                }
            var index = new StringBuilder(header);
            char pos = group.Key == "adv" ? 'r' : group.Key[0];
            foreach (var (lemma, list) in lemmas)
            {
                var symbols = list.SelectMany(s => s.Pointers.Select(p => p.Symbol)).Distinct().ToList();
                index.Append($"{lemma} {pos} {list.Count} {symbols.Count} {string.Join("", symbols.Select(x => x + " "))}{list.Count} 0 {string.Join(" ", list.Select(s => offsets[s.Key].ToString("D8")))}  \n");
            }
            File.WriteAllText(Path.Combine(dir, "index." + group.Key), index.ToString());
        }
        if (withExceptions)
            foreach (var (file, lines) in ExceptionLists)
                File.WriteAllText(Path.Combine(dir, file), string.Concat(lines.Select(l => l + "\n")));
    }

    private static string Strip(string word) => word.Contains('(') ? word[..word.IndexOf('(')] : word;

    private static string Line(Def s, Func<string, int> offsetOf)
    {
        var sb = new StringBuilder();
        sb.Append($"{offsetOf(s.Key):D8} {s.LexFile:D2} {s.Type} {s.Words.Length:X2} ");
        foreach (var w in s.Words) sb.Append(w).Append(" 0 ");
        sb.Append($"{s.Pointers.Length:D3} ");
        foreach (var (symbol, target, source, targetWord) in s.Pointers)
        {
            char type = target[0];
            sb.Append($"{symbol} {offsetOf(target):D8} {type} {source:X2}{targetWord:X2} ");
        }
        if (s.Type == 'v') sb.Append("01 + 02 00 ");
        sb.Append("| ").Append(s.Gloss).Append("  \n");
        return sb.ToString();
    }
}
