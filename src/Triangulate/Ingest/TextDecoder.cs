using System.Text;

namespace Triangulate.Ingest;

/// <summary>The decoded text and the encoding it was read with, or why it could not be decoded.</summary>
public readonly record struct DecodedText(string? Text, string Encoding, string? ErrorCode, string? Error)
{
    public bool Ok => Text is not null;
}

/// <summary>
/// Turns bytes into text the way real news dumps need: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32);
/// otherwise UTF-16 without BOM is recognised by its zero bytes, strict UTF-8 is tried next, then a
/// declared charset, then Windows-1252 (a superset of Latin-1 holding the curly quotes common in old
/// news text). Binary input (NUL bytes, control characters, known file signatures) is refused with
/// a reason instead of becoming garbage text.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.Length == 0) return Fail("empty", "the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(bytes[3..], StrictUtf8, "utf-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Strict(bytes[4..], new UTF32Encoding(false, false, true), "utf-32le (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Strict(bytes[4..], new UTF32Encoding(true, false, true), "utf-32be (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be (BOM)");

        if (BinarySignature(bytes) is { } kind) return Fail("binary", $"this is a binary file ({kind}), not text");

        var utf16 = DetectUtf16WithoutBom(bytes);
        if (utf16 is not null) return Strict(bytes, new UnicodeEncoding(utf16 == "utf-16be", false, true), utf16 + " (no BOM)");

        if (bytes.Contains((byte)0)) return Fail("binary", $"this looks like a binary file (NUL byte at offset {bytes.IndexOf((byte)0)})");

        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException) { /* not UTF-8: fall through to the declared or legacy encoding */ }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return Checked(declared.GetString(bytes), declared.WebName + " (declared)");

        return Checked(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252 (not valid UTF-8)");
    }

    public static Encoding? TryGetEncoding(string name)
    {
        try { return Encoding.GetEncoding(name.Trim().Trim('"', '\'')); }
        catch (ArgumentException) { return null; }
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        if (bytes.Length == 0) return Fail("empty", "the file holds only a byte-order mark");
        try { return Checked(encoding.GetString(bytes), name); }
        catch (DecoderFallbackException e) { return Fail("encoding", $"invalid {name} text: {e.Message}"); }
    }

    /// <summary>Refuses text that is mostly control characters: a binary format the signatures did not catch.</summary>
    private static DecodedText Checked(string text, string encoding)
    {
        int control = 0, sample = Math.Min(text.Length, 65536);
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        if (sample > 0 && control * 20 > sample) return Fail("binary", $"this looks like a binary file ({control} control characters in the first {sample})");
        if (string.IsNullOrWhiteSpace(text)) return Fail("empty", "the file holds only white space");
        return new DecodedText(text, encoding, null, null);
    }

    private static DecodedText Fail(string code, string message) => new(null, "", code, message);

    private static string? DetectUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length & ~1, 4096);
        if (n < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
        return null;
    }

    private static string? BinarySignature(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF"u8)) return "PDF";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return "PNG image";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "JPEG image";
        if (b.StartsWith("GIF8"u8)) return "GIF image";
        if (b.StartsWith("PK\u0003\u0004"u8)) return "ZIP archive";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip data";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])) return "ELF executable";
        if (b.StartsWith("MZ"u8) && b.Length > 64 && b.Contains((byte)0)) return "Windows executable";
        if (b.StartsWith("SQLite format 3\0"u8)) return "SQLite database";
        if (b.Length > 8 && b[4..].StartsWith("ftyp"u8)) return "MP4 media";
        return null;
    }
}
