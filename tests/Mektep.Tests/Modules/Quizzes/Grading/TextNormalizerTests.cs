using Mektep.Quizzes.Grading;

namespace Mektep.Tests.Modules.Quizzes.Grading;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Алма", "алма")]
    [InlineData("  алма   ағашы ", "алма агашы")]
    [InlineData("ёлка", "елка")]
    [InlineData("Aлмa", "алма")] // Latin A and a inside a Cyrillic word
    [InlineData("КOOПЕРАТИВ", "кооператив")] // Latin O twice
    [InlineData("қой", "кой")]
    [InlineData("өнім", "оним")]
    [InlineData("ұлттық", "улттык")]
    [InlineData("шаруашылық.", "шаруашылык")]
    [InlineData("Budget", "budget")] // a Latin word stays Latin
    public void Normalize_TypedVariants_ReadTheSame(string text, string expected)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_DifferentWords_StayDifferent()
    {
        var left = TextNormalizer.Normalize("бюджет");

        var right = TextNormalizer.Normalize("бюджеттер");

        Assert.NotEqual(left, right);
    }
}
