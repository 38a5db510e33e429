using System.CommandLine;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>The eval subcommands, one file each in this folder.</summary>
public static class EvalRegistry
{
    public static IEnumerable<Command> Commands()
    {
        yield break;
    }
}
