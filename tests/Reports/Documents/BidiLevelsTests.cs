using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

public sealed class BidiLevelsTests
{
    [Theory]
    [InlineData("abc def", "0000000")]
    [InlineData("abc אבג 123 def", "000011112220000")]
    [InlineData("אבג abc 12", "1111222222")]
    [InlineData("אבג 1.5% ", "111122221")]
    [InlineData("مرحبا (نص) 42", "1111111111122")]
    [InlineData("123 abc", "0000000")]
    public void Levels_follow_the_bidi_algorithm_for_letters_numbers_and_neutrals(string text, string expected)
    {
        Assert.Equal(expected, string.Concat(BidiLevels.Resolve(text).Select(level => (char)('0' + level))));
    }

    [Theory]
    [InlineData(new byte[] { 0, 1, 2, 0 }, new[] { 0, 2, 1, 3 })]
    [InlineData(new byte[] { 1, 2, 1 }, new[] { 2, 1, 0 })]
    [InlineData(new byte[] { 0, 0 }, new[] { 0, 1 })]
    public void Runs_are_drawn_in_the_visual_order_of_their_levels(byte[] levels, int[] expected)
    {
        Assert.Equal(expected, BidiLevels.VisualOrder(levels));
    }
}
