using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Triangulate.Eval;

/// <summary>
/// The result of an evaluation: a title, what it ran on, a table (one row per set or per class), and the
/// same figures as a JSON object. Every 'triangulate eval' subcommand returns one and prints it through
/// <see cref="ToTable"/> or <see cref="ToJson"/>, so all evaluations read alike.
/// </summary>
public sealed class EvalReport(string title)
{
    public string Title { get; } = title;

    /// <summary>Lines printed above the table: data path, split, rule used.</summary>
    public List<string> Notes { get; } = [];

    public List<string> Columns { get; } = [];
    public List<(string Label, List<object?> Cells)> Rows { get; } = [];

    /// <summary>The machine-readable figures (printed with --json).</summary>
    public JsonObject Figures { get; } = [];

    public EvalReport WithColumns(params string[] columns)
    {
        Columns.Clear();
        Columns.AddRange(columns);
        return this;
    }

    public void AddRow(string label, params object?[] cells) => Rows.Add((label, cells.ToList()));

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Title);
        foreach (var note in Notes) sb.AppendLine("  " + note);
        if (Columns.Count == 0) return sb.ToString();
        var table = new List<string[]> { Columns.ToArray() };
        table.AddRange(Rows.Select(r => new[] { r.Label }.Concat(r.Cells.Select(Format)).ToArray()));
        int cols = table.Max(r => r.Length);
        var widths = Enumerable.Range(0, cols).Select(c => table.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        sb.AppendLine();
        for (int i = 0; i < table.Count; i++)
        {
            var row = table[i];
            sb.AppendLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
            if (i == 0) sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return sb.ToString();
    }

    public string ToJson() => Figures.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    private static string Format(object? cell) => cell switch
    {
        null => "-",
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        float f => f.ToString("0.000", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
