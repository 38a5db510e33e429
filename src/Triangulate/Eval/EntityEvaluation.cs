using Triangulate.Extract.Entities;

namespace Triangulate.Eval;

/// <summary>Runs the <see cref="EntityTagger"/> over a CoNLL file's documents and scores it with <see cref="ConllEntityScorer"/>.</summary>
public static class EntityEvaluation
{
    public static ConllEntityScorer Score(EntityTagger tagger, IReadOnlyList<ConllDocument> documents)
    {
        var scorer = new ConllEntityScorer();
        foreach (var d in documents)
        {
            // conlleval sees each -DOCSTART- line as a token tagged O followed by a blank line.
            scorer.Add("O", "O");
            scorer.AddBoundary();
            var sentences = d.Sentences.Select(s => EntityTaggerTrainer.Lexemes(s.Words)).ToList();
            var spans = tagger.Tag(sentences);
            for (int s = 0; s < d.Sentences.Count; s++)
            {
                var sentence = d.Sentences[s];
                var guessed = new string[sentence.Words.Length];
                Array.Fill(guessed, "O");
                foreach (var span in spans[s])
                    for (int i = span.Start; i < span.End; i++) guessed[i] = (i == span.Start ? "B-" : "I-") + span.Type;
                for (int i = 0; i < guessed.Length; i++) scorer.Add(sentence.NerTags[i], guessed[i]);
                scorer.AddBoundary();
            }
        }
        scorer.Finish();
        return scorer;
    }

    public static EvalReport Report(ConllEntityScorer scorer, string path, double seconds)
    {
        var report = new EvalReport("Named entities (conlleval: entity-level exact match)").WithColumns("type", "gold", "guessed", "correct", "precision", "recall", "FB1");
        report.Notes.Add($"data: {path}");
        report.Notes.Add($"processed {scorer.Tokens} tokens with {scorer.GoldChunks} phrases; found: {scorer.GuessedChunks} phrases; correct: {scorer.CorrectChunks}");
        report.Notes.Add("published CoNLL-2003 figures are on eng.testb; an eng.testa (dev) score is not comparable to them");
        report.AddRow("overall", scorer.GoldChunks, scorer.GuessedChunks, scorer.CorrectChunks, scorer.OverallPrecision, scorer.OverallRecall, scorer.OverallF1);
        var types = new System.Text.Json.Nodes.JsonObject();
        foreach (var (type, v) in scorer.ByType)
        {
            double p = ConllEntityScorer.Precision(v.Correct, v.Guessed), r = ConllEntityScorer.Recall(v.Correct, v.Gold), f = ConllEntityScorer.F1(v.Correct, v.Gold, v.Guessed);
            report.AddRow(type, v.Gold, v.Guessed, v.Correct, p, r, f);
            types[type] = new System.Text.Json.Nodes.JsonObject
            {
                ["gold"] = v.Gold, ["guessed"] = v.Guessed, ["correct"] = v.Correct,
                ["precision"] = Math.Round(p, 5), ["recall"] = Math.Round(r, 5), ["f1"] = Math.Round(f, 5),
            };
        }
        report.Figures["file"] = path;
        report.Figures["tokens"] = scorer.Tokens;
        report.Figures["token_accuracy"] = Math.Round(scorer.Tokens == 0 ? 0 : (double)scorer.CorrectTags / scorer.Tokens, 5);
        report.Figures["gold"] = scorer.GoldChunks;
        report.Figures["guessed"] = scorer.GuessedChunks;
        report.Figures["correct"] = scorer.CorrectChunks;
        report.Figures["precision"] = Math.Round(scorer.OverallPrecision, 5);
        report.Figures["recall"] = Math.Round(scorer.OverallRecall, 5);
        report.Figures["f1"] = Math.Round(scorer.OverallF1, 5);
        report.Figures["types"] = types;
        report.Figures["seconds"] = Math.Round(seconds, 3);
        return report;
    }
}
