using System.CommandLine;
using System.Text;

namespace Triangulate.Cli.Commands;

/// <summary>Where a command writes: the invocation's output, or a file given with -o (written whole, atomically).</summary>
public static class CommandOutput
{
    public static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration.Output;
    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>Writes <paramref name="content"/> to the file (via a temporary file then a rename, so a
    /// crash never leaves half a report) or to the output.</summary>
    public static void Write(ParseResult parse, FileInfo? file, string content)
    {
        if (file is null)
        {
            Out(parse).Write(content);
            if (!content.EndsWith('\n')) Out(parse).WriteLine();
            return;
        }
        string full = file.FullName;
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>Reports set-aside inputs on the error writer, one line each, then a summary line.</summary>
    public static void ReportErrors(ParseResult parse, IReadOnlyCollection<InputError> errors, int processed)
    {
        if (errors.Count == 0) return;
        var err = Error(parse);
        foreach (var e in errors) err.WriteLine($"triangulate: {e}");
        err.WriteLine($"triangulate: {processed} article(s) analysed, {errors.Count} input(s) set aside");
    }
}
