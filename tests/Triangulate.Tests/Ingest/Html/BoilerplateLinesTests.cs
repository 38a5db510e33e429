using Triangulate.Ingest.Html;

namespace Triangulate.Tests.Ingest.Html;

public sealed class BoilerplateLinesTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Image 3 of 12")]
    [InlineData("Image copyright Harbor Photo Agency")]
    [InlineData("(Image credit: Lena Hart)")]
    [InlineData("Photo: Lena Hart/Marlow Courier")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Related stories")]
    [InlineData("You may also like")]
    [InlineData("Read more")]
    [InlineData("By Tomas Reyna")]
    [InlineData("By Tomas Reyna and Odile Franck, Marlow Courier")]
    [InlineData("Posted on March 30, 2025 by Admin")]
    [InlineData("Published 10:48, Tue, Nov 19, 2024")]
    [InlineData("Nov. 20, 2024, 9:28 AM UTC")]
    [InlineData("Updated: March 13, 2025")]
    [InlineData("© 2025 Marlow Courier. All rights reserved.")]
    [InlineData("4 min read")]
    public void Page_furniture_is_recognised(string line) => Assert.True(BoilerplateLines.IsBoilerplate(line));

    [Theory]
    [InlineData("By the end of the week the board had voted to rebuild the spillway.")]
    [InlineData("Related costs rose by a third, the board said.")]
    [InlineData("The festival runs from 29 November 2024 to 20 January 2025.")]
    [InlineData("9.30 A.M. / 7.00 P.M.")]
    [InlineData("29 November 2024 | 20 January 2025")]
    [InlineData("Advertisement revenue fell by 12 percent in the third quarter, the company reported on Monday.")]
    [InlineData("Photo finishes decided three of the four races on Saturday afternoon at the Marlow track, organisers said after reviewing the footage.")]
    [InlineData("")]
    public void Article_sentences_are_not_furniture(string line) => Assert.False(BoilerplateLines.IsBoilerplate(line));
}
