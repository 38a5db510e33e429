using System.Text.Json;

namespace Triangulate.Tests.Cli;

public class EvalEntitiesCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-eval-ner-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    // Fictional sentences in CoNLL-2003 layout (IOB1, four columns, -DOCSTART-).
    private string TinyConll()
    {
        string path = Path.Combine(dir, "tiny.conll");
        File.WriteAllText(path, string.Join('\n',
            "-DOCSTART- -X- O O", "",
            "Elena NNP I-NP I-PER", "Varga NNP I-NP I-PER", "visited VBD I-VP O", "Germany NNP I-NP I-LOC", "on IN I-PP O", "Monday NNP I-NP O", ". . O O", "",
            "The DT I-NP O", "United NNP I-NP I-ORG", "Nations NNP I-NP I-ORG", "welcomed VBD I-VP O", "the DT I-NP O", "visit NN I-NP O", ". . O O", "",
            "") + "\n");
        return path;
    }

    [Fact]
    public void Eval_entities_scores_a_conll_file_and_prints_json_figures()
    {
        var (exit, output, error) = CliRunner.Run("eval", "entities", "--file", TinyConll(), "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(15, root.GetProperty("tokens").GetInt32()); // 14 words + the -DOCSTART- line, as conlleval counts
        Assert.Equal(3, root.GetProperty("gold").GetInt32());
        double f1 = root.GetProperty("f1").GetDouble();
        Assert.InRange(f1, 0.0, 1.0);
        Assert.True(root.GetProperty("types").TryGetProperty("PER", out _));
    }

    [Fact]
    public void Eval_entities_prints_a_table_with_a_row_per_type()
    {
        var (exit, output, _) = CliRunner.Run("eval", "entities", "--file", TinyConll());
        Assert.Equal(0, exit);
        Assert.Contains("overall", output);
        Assert.Contains("PER", output);
        Assert.Contains("FB1", output);
    }

    [Fact]
    public void Eval_tags_reports_token_accuracy_on_the_same_file()
    {
        var (exit, output, error) = CliRunner.Run("eval", "tags", "--file", TinyConll(), "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(14, json.RootElement.GetProperty("tokens").GetInt32());
        Assert.True(json.RootElement.GetProperty("accuracy").GetDouble() > 0.7);
    }

    [Fact]
    public void A_missing_file_is_named_with_its_own_exit_code()
    {
        string missing = Path.Combine(dir, "nope.conll");
        var (exit, _, error) = CliRunner.Run("eval", "entities", "--file", missing);
        Assert.Equal(3, exit);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void A_malformed_file_is_a_clear_error_not_a_crash()
    {
        string bad = Path.Combine(dir, "bad.conll");
        File.WriteAllText(bad, "Elena NNP I-NP PERSON\n");
        var (exit, _, error) = CliRunner.Run("eval", "entities", "--file", bad);
        Assert.Equal(1, exit);
        Assert.Contains("bad.conll:1", error);
    }
}
