using System.CommandLine;
using Triangulate.Eval;

namespace Triangulate.Cli.Commands.Eval;

/// <summary>Prints an <see cref="EvalReport"/> as a table or (with --json) one JSON object; says clearly when data is missing.</summary>
public static class EvalOutput
{
    public static int Print(ParseResult parse, EvalReport report, bool json)
    {
        CommandOutput.Out(parse).Write(json ? report.ToJson() + Environment.NewLine : report.ToTable());
        return ExitCodes.Ok;
    }

    /// <summary>Reports a dataset that is not where it was looked for, naming the path and the option that moves it.</summary>
    public static int Missing(ParseResult parse, string what, string path, string option = "--data")
    {
        CommandOutput.Error(parse).WriteLine($"triangulate: {what} not found at {path} (point {option} at it)");
        return ExitCodes.DataMissing;
    }
}
