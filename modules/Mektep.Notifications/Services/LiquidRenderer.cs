using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Mektep.Liquid;

namespace Mektep.Notifications.Services;

/// <summary>Renders Liquid templates with Fluid. HTML templates encode every value; text templates and subjects do not.</summary>
public sealed class LiquidRenderer
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Null when the template parses, else the parser's message.</summary>
    public static string? Validate(string source) => LiquidTemplates.Validate(source);

    /// <summary>Renders with the parsed template from the shared cache.</summary>
    public static Task<string> RenderAsync(string source, IReadOnlyDictionary<string, object?> model, CultureInfo culture, bool html)
        => LiquidTemplates.RenderAsync(source, model, html ? Html : NullEncoder.Default, culture);
}
