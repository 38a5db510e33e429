using Triangulate.Cli;

namespace Triangulate.Tests.Cli;

public class EvalQuotesCommandTests
{
    [Fact]
    public void Eval_quotes_scores_a_compartment_given_with_dir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "tq-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "text"));
            Directory.CreateDirectory(Path.Combine(dir, "attributions"));
            const string text = "“The pier will reopen in May,” Mayor Lena Ortiz said.";
            File.WriteAllText(Path.Combine(dir, "text", "post_2016-01-01_pier.txt"), text);
            File.WriteAllText(Path.Combine(dir, "attributions", "post_2016-01-01_pier_a1.ann"),
                "T1\tContent 0 30\t“The pier will reopen in May,”\nT2\tSource 31 47\tMayor Lena Ortiz\nT3\tCue 48 52\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2");
            var (exit, output, error) = CliRunner.Run("eval", "quotes", "--dir", dir, "--json");
            Assert.True(exit == ExitCodes.Ok, error);
            Assert.Contains("\"triangulate\"", output);
            Assert.Contains("\"regex baseline\"", output);
            Assert.Contains("\"f1\": 1", output);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Eval_quotes_says_where_it_looked_when_the_data_is_missing()
    {
        var (exit, _, error) = CliRunner.Run("eval", "quotes", "--dir", Path.Combine(Path.GetTempPath(), "no-such-polnear-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(ExitCodes.DataMissing, exit);
        Assert.Contains("PolNeAR", error);
    }
}
