using System.Text;
using Triangulate.Eval.Paraphrase;
using Triangulate.Tests.Cli;

namespace Triangulate.Tests.Eval.Paraphrase;

public sealed class MrpcCorpusTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("triangulate-mrpc-").FullName;
    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string WriteFile(params string[] rows)
    {
        string path = Path.Combine(dir, "pairs.txt");
        File.WriteAllText(path, "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" + string.Concat(rows.Select(r => r + "\n")), new UTF8Encoding(true));
        return path;
    }

    [Fact]
    public void Pairs_are_split_on_tabs_only_so_quotation_marks_survive()
    {
        string path = WriteFile("1\t11\t12\tThe mayor said \"the port is open\", officials confirmed.\tOfficials confirmed the port is open, the mayor said.");
        var pair = Assert.Single(MrpcCorpus.Read(path));
        Assert.True(pair.Paraphrase);
        Assert.Equal("11", pair.Id1);
        Assert.Equal("The mayor said \"the port is open\", officials confirmed.", pair.Sentence1);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        string path = WriteFile("1\t11\t12\tone\ttwo", "yes\t13\t14\tthree\tfour");
        var e = Assert.Throws<InvalidDataException>(() => MrpcCorpus.Read(path));
        Assert.Contains(path + ":3", e.Message);
    }

    [Fact]
    public void Eval_paraphrase_scores_any_file_in_the_mrpc_format()
    {
        string path = WriteFile(
            "1\t1\t2\tThe harbour authority said the fire destroyed three warehouses.\tThree warehouses were destroyed by the fire, the harbour authority said.",
            "0\t3\t4\tThe harbour authority said the fire destroyed three warehouses.\tA new ferry line to Elsby will open next spring, the mayor announced.",
            "1\t5\t6\tThe council approved the budget on Monday.\tOn Monday the council approved the budget.",
            "0\t7\t8\tThe council approved the budget on Monday.\tThe council rejected a plan for a new bridge after a long debate.");
        var (exit, output, error) = CliRunner.Run("eval", "paraphrase", "--file", path, "--json");
        Assert.True(exit == 0, error);
        var json = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(4, json.GetProperty("majority").GetProperty("pairs").GetInt32());
        Assert.Equal(1.0, json.GetProperty("rules").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void Eval_paraphrase_names_a_missing_file()
    {
        var (exit, _, error) = CliRunner.Run("eval", "paraphrase", "--file", Path.Combine(dir, "none.txt"));
        Assert.Equal(3, exit);
        Assert.Contains("none.txt", error);
    }
}
