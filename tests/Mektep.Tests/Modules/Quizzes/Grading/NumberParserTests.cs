using Mektep.Quizzes.Grading;

namespace Mektep.Tests.Modules.Quizzes.Grading;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("2,5", "2.5")]
    [InlineData("2.5", "2.5")]
    [InlineData("1 500", "1500")]
    [InlineData("1\u00A0500", "1500")]
    [InlineData("1\u202F500", "1500")]
    [InlineData("1\u2009500", "1500")]
    [InlineData("1 500,75", "1500.75")]
    [InlineData("12 345 678", "12345678")]
    [InlineData("  42 ", "42")]
    [InlineData("-3,25", "-3.25")]
    [InlineData("\u22123", "-3")]
    [InlineData("+7", "7")]
    [InlineData(",5", "0.5")]
    [InlineData("0", "0")]
    public void TryParse_AsPeopleWriteIt_ReadsTheNumber(string text, string expected)
    {
        var ok = NumberParser.TryParse(text, out var value);

        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("1.500.000")]
    [InlineData("1,500.75")]
    [InlineData("1.500,75")]
    [InlineData("2,5,1")]
    [InlineData("15 00")]
    [InlineData("1500 000")]
    [InlineData("1  500")]
    [InlineData("1 500,7 5")]
    [InlineData("2,")]
    [InlineData("1e5")]
    [InlineData("--2")]
    [InlineData("2-")]
    [InlineData("٣")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void TryParse_AmbiguousOrGarbage_IsRefused(string text)
    {
        var ok = NumberParser.TryParse(text, out _);

        Assert.False(ok);
    }
}
