using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Eval;

/// <summary>
/// Reads a PolNeAR compartment folder (<c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, brat
/// standoff). Some articles have several annotators; the first .ann by ordinal file name is used, so every
/// run scores against the same gold. Offsets in the .ann files index the .txt as read (UTF-8, no newline
/// conversion), which is why the text is read raw rather than through the ingest readers.
/// </summary>
public static class PolnearCorpus
{
    /// <summary>Is <paramref name="dir"/> a compartment folder (holds text/ and attributions/)?</summary>
    public static bool IsCompartment(string dir) =>
        Directory.Exists(Path.Combine(dir, "text")) && Directory.Exists(Path.Combine(dir, "attributions"));

    public static IReadOnlyList<PolnearArticle> Read(string dir)
    {
        string annDir = Path.Combine(dir, "attributions"), textDir = Path.Combine(dir, "text");
        if (!IsCompartment(dir)) throw new DirectoryNotFoundException($"{dir}: not a PolNeAR compartment (needs text/ and attributions/)");
        var firstAnnotation = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            int us = name.LastIndexOf('_');
            string article = us > 0 ? name[..us] : name;
            firstAnnotation.TryAdd(article, path);
        }
        var articles = new List<PolnearArticle>(firstAnnotation.Count);
        foreach (var (id, annPath) in firstAnnotation)
        {
            string textPath = Path.Combine(textDir, id + ".txt");
            if (!File.Exists(textPath)) throw new FileNotFoundException($"{annPath}: its article text {textPath} is missing");
            string text = File.ReadAllText(textPath);
            articles.Add(new PolnearArticle(id, text, annPath, ParseAnnotations(File.ReadAllLines(annPath), annPath, text.Length)));
        }
        return articles;
    }

    /// <summary>
    /// Parses brat standoff lines into attributions. Text-bound lines (<c>T1\tType 10 20;25 30\tsurface</c>)
    /// give spans; event lines (<c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>) tie them together.
    /// A surface text holding a line break continues on the next lines; those lines are skipped.
    /// </summary>
    public static ImmutableArray<BratAttribution> ParseAnnotations(IReadOnlyList<string> lines, string origin, int textLength)
    {
        var spans = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var events = new List<(string Id, List<(string Role, string Target)> Args)>();
        for (int n = 0; n < lines.Count; n++)
        {
            string line = lines[n];
            int tab = line.IndexOf('\t');
            if (tab < 2 || !IsRecordId(line.AsSpan(0, tab))) continue; // continuation of a multi-line surface text, or blank
            string id = line[..tab];
            string rest = line[(tab + 1)..];
            if (id[0] == 'T')
            {
                int tab2 = rest.IndexOf('\t');
                string head = tab2 < 0 ? rest : rest[..tab2];
                int space = head.IndexOf(' ');
                if (space < 0) throw new InvalidDataException($"{origin}:{n + 1}: text-bound annotation without offsets");
                var parts = ImmutableArray.CreateBuilder<TextSpan>();
                foreach (var range in head[(space + 1)..].Split(';'))
                {
                    var bounds = range.Trim().Split(' ');
                    if (bounds.Length != 2 || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                        || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start || end > textLength)
                        throw new InvalidDataException($"{origin}:{n + 1}: bad span '{range}' (text length {textLength})");
                    parts.Add(TextSpan.FromBounds(start, end));
                }
                parts.Sort();
                spans[id] = parts.ToImmutable();
            }
            else if (id[0] == 'E')
            {
                var args = new List<(string, string)>();
                foreach (var arg in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = arg.IndexOf(':');
                    if (colon > 0) args.Add((arg[..colon], arg[(colon + 1)..]));
                }
                events.Add((id, args));
            }
        }

        var result = ImmutableArray.CreateBuilder<BratAttribution>(events.Count);
        foreach (var (id, args) in events)
        {
            ImmutableArray<TextSpan> Role(string prefix)
            {
                var all = new List<TextSpan>();
                foreach (var (role, target) in args)
                    if (role.StartsWith(prefix, StringComparison.Ordinal) && spans.TryGetValue(target, out var s)) all.AddRange(s);
                all.Sort();
                return [.. all];
            }
            result.Add(new BratAttribution { Id = id, Source = Role("Source"), Cue = Role("Cue"), Content = Role("Content") });
        }
        return result.ToImmutable();
    }

    private static bool IsRecordId(ReadOnlySpan<char> id)
    {
        if (id.Length < 2 || !char.IsAsciiLetterUpper(id[0]) && id[0] != '#') return false;
        foreach (char c in id[1..]) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
