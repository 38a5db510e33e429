using System.CommandLine;
using Triangulate.Cli.Commands;

namespace Triangulate.Cli;

/// <summary>The command tree: every class marked <see cref="CliCommandAttribute"/> under Commands/, one file each.</summary>
public static class TriangulateCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Triangulate: what independent news outlets really agree on, story by story.");
        foreach (var command in CliCommandAttribute.CommandsUnder("")) root.Add(command);
        return root;
    }

    /// <summary>Parses and runs; <paramref name="output"/> and <paramref name="error"/> are injectable for tests.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build().Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
