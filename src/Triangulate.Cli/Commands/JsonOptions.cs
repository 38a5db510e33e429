using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Cli.Commands;

public static class JsonOptions
{
    /// <summary>One line, non-ASCII kept readable (names like "Zelenskyy" and curly quotes stay as they are).</summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}
