namespace Triangulate.Eval;

/// <summary>One sentence of a CoNLL-2003 file: words with their POS tags and NER tags (the chunk column is not kept).</summary>
public sealed record ConllSentence(string[] Words, string[] PosTags, string[] NerTags);

/// <summary>One document: the sentences between two <c>-DOCSTART-</c> lines.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>
/// Reads CoNLL-2003-style files: one token a line (<c>word POS chunk NER</c>, space-separated; the first
/// column is the word, the second the POS tag, the last the NER tag), a blank line between sentences and a
/// <c>-DOCSTART-</c> line opening each document. Files without -DOCSTART- lines are one document.
/// </summary>
public static class ConllCorpus
{
    public static IReadOnlyList<ConllDocument> Read(string path) => Parse(File.ReadLines(path), path);

    public static IReadOnlyList<ConllDocument> Parse(IEnumerable<string> lines, string name)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var ner = new List<string>();
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new ConllSentence(words.ToArray(), pos.ToArray(), ner.ToArray()));
            words.Clear(); pos.Clear(); ner.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument(sentences.ToArray()));
            sentences.Clear();
        }

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-") { EndDocument(); continue; }
            if (columns.Length < 2)
                throw new InvalidDataException($"{name}:{lineNumber}: expected 'word ... tag' columns, found '{Shorten(line)}'");
            string tag = columns[^1];
            if (!(tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S')))
                throw new InvalidDataException($"{name}:{lineNumber}: '{Shorten(tag)}' is not an IOB tag (O, I-TYPE, B-TYPE)");
            words.Add(columns[0]);
            pos.Add(columns.Length >= 3 ? columns[1] : "");
            ner.Add(tag);
        }
        EndDocument();
        return documents;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
