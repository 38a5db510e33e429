using Triangulate.Compare.Entities;

namespace Triangulate.Tests.Compare;

public class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Andriy", "Andrii")]
    [InlineData("Dmitri", "Dmitry")]
    [InlineData("Oleksandr", "Olexandr")]
    [InlineData("Müller", "Muller")]
    public void Transliteration_variants_share_a_key(string a, string b) => Assert.Equal(NameKey.OfWord(a), NameKey.OfWord(b));

    [Theory]
    [InlineData("Sybiha", "Sibiga")]
    [InlineData("Marsh", "March")]
    [InlineData("Lund", "Land")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.False(NameKey.WordsMatch(NameKey.OfWord(a), NameKey.OfWord(b)));

    [Fact]
    public void Initials_and_acronyms_meet()
    {
        Assert.Equal("NATO", NameKey.Initials("North Atlantic Treaty Organization"));
        Assert.Equal("US", NameKey.AsAcronym("U.S."));
        Assert.Equal("US", NameKey.Initials("United States"));
        Assert.Null(NameKey.AsAcronym("Kyiv"));
    }

    [Fact]
    public void Leading_articles_are_not_part_of_the_name() => Assert.Equal(["kremlin"], NameKey.OfName("the Kremlin"));
}
