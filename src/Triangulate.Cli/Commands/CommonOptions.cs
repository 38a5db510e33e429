using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>Options several commands share, declared once so their names and help read the same everywhere.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, folders or globs (.txt, .html, .jsonl, .json, RSS/Atom; .gz is unpacked)",
            Arity = ArgumentArity.OneOrMore,
        };
        // The parser hands a mistyped option ("--fromat") to the paths argument; call it what it is.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !System.IO.File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unrecognized option '{token.Value}'.");
        });
        return paths;
    }

    public static Option<string> Format(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", formats)}",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);

    public static Option<FileInfo?> OutputFile() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output",
    };

    /// <summary>Where the evaluation datasets live (../shared/data by default).</summary>
    public static Option<DirectoryInfo> Data() => new("--data")
    {
        Description = "Folder holding the evaluation datasets",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultDataPath()),
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print the figures as one JSON object",
    };

    public static Option<FileInfo?> File(string description) => new("--file") { Description = description };
    public static Option<DirectoryInfo?> Dir(string description) => new("--dir") { Description = description };

    /// <summary>../shared/data from the checkout (or from the current folder), or $TRIANGULATE_DATA.</summary>
    public static string DefaultDataPath()
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_DATA") is { Length: > 0 } env) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "data");
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }
}
