using System.CommandLine;
using Triangulate.Cli.Commands.Eval;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval …</c>: quality figures on the public datasets (../shared/data by default).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure quality on public datasets and print the figures");
        foreach (var sub in EvalRegistry.Commands()) eval.Add(sub);
        return eval;
    }
}
