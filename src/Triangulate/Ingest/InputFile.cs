using System.IO.Compression;

namespace Triangulate.Ingest;

/// <summary>
/// One input's bytes and where they came from. A ".gz" file is decompressed on load, so "page.html.gz"
/// is read as HTML; <see cref="Extension"/> is the extension under the ".gz".
/// </summary>
public sealed record InputFile(string Origin, byte[] Bytes)
{
    /// <summary>Lower-case extension with its dot (".txt"), after any ".gz".</summary>
    public string Extension { get; init; } = ExtensionOf(Origin);

    /// <summary>The file name without directory and extensions: the default article id.</summary>
    public string Stem { get; init; } = StemOf(Origin);

    /// <summary>Refuses files larger than this: a news article is kilobytes, a 256 MB "article" is a mistake.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static InputFile Load(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
            throw new InputException("too-large", $"the file is {info.Length / (1024 * 1024)} MiB, over the {MaxBytes / (1024 * 1024)} MiB limit");
        byte[] bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            bytes = Gunzip(bytes, path);
        return new InputFile(path, bytes);
    }

    private static byte[] Gunzip(byte[] bytes, string path)
    {
        try
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gz.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > MaxBytes) throw new InputException("too-large", $"decompresses to over {MaxBytes / (1024 * 1024)} MiB");
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InputException("bad-gzip", $"not valid gzip data: {e.Message}");
        }
    }

    public static string ExtensionOf(string path)
    {
        string name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetExtension(name).ToLowerInvariant();
    }

    public static string StemOf(string path)
    {
        string name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        string ext = Path.GetExtension(name);
        return ext.Length > 0 && ext.Length <= 6 && !ext.Any(char.IsWhiteSpace) ? name[..^ext.Length] : name;
    }
}
