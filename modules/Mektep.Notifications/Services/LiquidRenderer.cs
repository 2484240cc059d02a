using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Mektep.Notifications.Services;

/// <summary>Renders Liquid templates with Fluid. HTML templates encode every value; text templates and subjects do not.</summary>
public sealed class LiquidRenderer
{
    private static readonly FluidParser Parser = new();
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly TemplateOptions Options = new();

    /// <summary>Null when the template parses, else the parser's message.</summary>
    public static string? Validate(string source) => Parser.TryParse(source ?? "", out _, out var error) ? null : error;

    public static async Task<string> RenderAsync(string source, IReadOnlyDictionary<string, object?> model, CultureInfo culture, bool html)
    {
        if (!Parser.TryParse(source ?? "", out var template, out var error))
        {
            throw new FormatException(error);
        }

        var context = new TemplateContext(Options) { CultureInfo = culture };
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        return await template.RenderAsync(context, html ? Html : NullEncoder.Default);
    }
}
