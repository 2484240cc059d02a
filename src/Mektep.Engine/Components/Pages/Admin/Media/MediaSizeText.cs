using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Mektep.Engine.Components.Pages.Admin.Media;

/// <summary>A byte count as people read it: "820 KB", "1,2 МБ".</summary>
public static class MediaSizeText
{
    public static string Format(long bytes, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return bytes switch
        {
            < 1024 => t["{0} B", bytes],
            < 1024 * 1024 => t["{0} KB", (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)],
            _ => t["{0} MB", (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.CurrentCulture)],
        };
    }
}
