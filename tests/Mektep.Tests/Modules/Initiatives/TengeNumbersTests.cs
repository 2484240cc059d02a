using Mektep.Initiatives.Services;

namespace Mektep.Tests.Modules.Initiatives;

public sealed class TengeNumbersTests
{
    [Theory]
    [InlineData("1500000", 1_500_000)]
    [InlineData("1 500 000", 1_500_000)]
    [InlineData("1\u00A0500\u00A0000", 1_500_000)]
    [InlineData("1\u202F500\u202F000", 1_500_000)]
    [InlineData(" 2 500,50 ", 2_501)]
    [InlineData("2500,49", 2_500)]
    [InlineData("2500.5", 2_501)]
    [InlineData("0", 0)]
    [InlineData("1 000 000 000 000", TengeNumbers.MaxTenge)]
    public void ParseTenge_AsPeopleWriteIt_ReadsWholeTenge(string text, long expected)
    {
        var result = TengeNumbers.ParseTenge(text);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("", NumberError.Missing)]
    [InlineData("   ", NumberError.Missing)]
    [InlineData("abc", NumberError.NotANumber)]
    [InlineData("12abc", NumberError.NotANumber)]
    [InlineData("2,5 млн", NumberError.NotANumber)]
    [InlineData("1  500", NumberError.NotANumber)]
    [InlineData("1,500,000", NumberError.NotANumber)]
    [InlineData("1 500,", NumberError.NotANumber)]
    [InlineData(",5", NumberError.NotANumber)]
    [InlineData("2,505", NumberError.TooManyDecimals)]
    [InlineData("-5", NumberError.Negative)]
    [InlineData("\u22125 000", NumberError.Negative)]
    [InlineData("1 000 000 000 001", NumberError.TooLarge)]
    [InlineData("99999999999999999999999", NumberError.TooLarge)]
    public void ParseTenge_Invalid_SaysWhy(string text, NumberError error)
        => Assert.Equal(error, TengeNumbers.ParseTenge(text).Error);

    [Theory]
    [InlineData("12", 12, null)]
    [InlineData("1 200", 1200, null)]
    [InlineData("100 000", 100_000, null)]
    [InlineData("100 001", 0, NumberError.TooLarge)]
    [InlineData("2,5", 0, NumberError.NotWhole)]
    [InlineData("-1", 0, NumberError.Negative)]
    public void ParseCount_Jobs_AreWholeAndBounded(string text, long expected, NumberError? error)
    {
        var result = TengeNumbers.ParseCount(text);

        Assert.Equal(error, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Format_GroupsThousandsWithNoBreakSpaces()
        => Assert.Equal("1\u00A0500\u00A0000", TengeNumbers.Format(1_500_000));

    [Theory]
    [InlineData("2027-03", (2027 * 12) + 2)]
    [InlineData("1999-12", null)]
    [InlineData("2027-13", null)]
    [InlineData("март", null)]
    public void Months_Parse_AcceptsYearMonthBetween2000And2100(string text, int? expected)
        => Assert.Equal(expected, Months.Parse(text));
}
