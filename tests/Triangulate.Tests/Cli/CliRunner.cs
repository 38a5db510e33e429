using Triangulate.Cli;

namespace Triangulate.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output, as a user would call it.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = TriangulateCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
