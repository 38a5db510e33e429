using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class TextDecoderTests
{
    private const string Sample = "Zelenskyy said “ready” — café";

    [Fact]
    public void Utf8_with_and_without_bom_decode_the_same()
    {
        var plain = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        var bom = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, plain.Text);
        Assert.Equal(Sample, bom.Text);
    }

    [Fact]
    public void Utf16_is_read_with_or_without_a_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]).Text);
        Assert.Equal(Sample, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]).Text);
        Assert.Equal("Plain ASCII news text, long enough to judge.", TextDecoder.Decode(Encoding.Unicode.GetBytes("Plain ASCII news text, long enough to judge.")).Text);
    }

    [Fact]
    public void Windows_1252_curly_quotes_are_decoded_when_the_bytes_are_not_utf8()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "no"u8, 0x94, .. " "u8, 0x96, .. " caf"u8, 0xE9];
        var result = TextDecoder.Decode(bytes);
        Assert.Equal("He said “no” – café", result.Text);
        Assert.StartsWith("windows-1252", result.Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "binary")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x41, 0x00, 0x00, 0x42, 0x43, 0x44 }, "binary")]
    [InlineData(new byte[] { }, "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    public void Binary_and_empty_input_is_refused_with_a_code(byte[] bytes, string code)
    {
        var result = TextDecoder.Decode(bytes);
        Assert.False(result.Ok);
        Assert.Equal(code, result.ErrorCode);
    }
}
