using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Mektep.Liquid;

namespace Mektep.Tests.Engine.Liquid;

public sealed class LiquidTemplatesTests
{
    private static readonly Dictionary<string, object?> Values = new() { ["name"] = "Айгүл <b>", ["score"] = 87.5m };

    [Fact]
    public void TheSameSource_IsParsedOnce()
    {
        var source = $"Hello {{{{ name }}}} {Guid.NewGuid():N}";

        Assert.True(LiquidTemplates.TryParse(source, out var first, out _));
        Assert.True(LiquidTemplates.TryParse(new string(source.AsSpan()), out var second, out _));

        Assert.Same(first, second);
    }

    [Fact]
    public async Task AnEditedSource_RendersTheNewText()
    {
        var marker = Guid.NewGuid().ToString("N");

        var before = await LiquidTemplates.RenderAsync($"Old {marker} {{{{ name }}}}", Values, NullEncoder.Default);
        var after = await LiquidTemplates.RenderAsync($"New {marker} {{{{ name }}}}", Values, NullEncoder.Default);

        Assert.Equal($"Old {marker} Айгүл <b>", before);
        Assert.Equal($"New {marker} Айгүл <b>", after);
    }

    [Fact]
    public async Task TheEncoder_EncodesValuesAndTheCultureFormatsNumbers()
    {
        var html = await LiquidTemplates.RenderAsync("{{ name }}", Values, HtmlEncoder.Default);
        var number = await LiquidTemplates.RenderAsync("{{ score }}", Values, NullEncoder.Default, CultureInfo.GetCultureInfo("ru"));

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Equal("87,5", number);
    }

    [Fact]
    public async Task ABrokenTemplate_IsRefusedWithTheParsersMessage()
    {
        const string broken = "Dear {{ name ";

        var message = LiquidTemplates.Validate(broken);

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Null(LiquidTemplates.Validate("Dear {{ name }}"));
        var error = await Assert.ThrowsAsync<FormatException>(() => LiquidTemplates.RenderAsync(broken, Values, NullEncoder.Default));
        Assert.Equal(message, error.Message);
    }
}
