using Triangulate.Extract.Entities;

namespace Triangulate.Tests.Extract.Entities;

public class NameMatcherTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Andriy", "Andrii")]
    [InlineData("Dmitri", "Dmitry")]
    [InlineData("Müller", "Muller")]
    public void Transliteration_variants_match(string a, string b) => Assert.True(NameMatcher.SameToken(a, b), $"{a} / {b}");

    [Theory]
    [InlineData("Rubio", "Rubin")]
    [InlineData("Andriy", "Andrew")]
    [InlineData("Peskov", "Petrov")]
    public void Different_names_do_not_match(string a, string b) => Assert.False(NameMatcher.SameToken(a, b), $"{a} / {b}");

    [Fact]
    public void A_surname_or_an_initial_matches_the_full_name_but_another_given_name_does_not()
    {
        Assert.True(NameMatcher.SamePerson(["marco", "rubio"], ["rubio"]));
        Assert.True(NameMatcher.SamePerson(["m.", "rubio"], ["marco", "rubio"]));
        Assert.True(NameMatcher.SamePerson(["volodymyr", "zelenskyy"], ["zelensky"]));
        Assert.False(NameMatcher.SamePerson(["marco", "rubio"], ["elena", "rubio"]));
    }
}
