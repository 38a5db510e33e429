using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval …</c>: quality figures on the public datasets (../shared/data by default).
/// Each subcommand is a class in Commands/Eval marked <c>[CliCommand("eval")]</c>.</summary>
[CliCommand(Order = 30)]
public static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure quality on public datasets and print the figures");
        foreach (var sub in CliCommandAttribute.CommandsUnder("eval")) eval.Add(sub);
        return eval;
    }
}
