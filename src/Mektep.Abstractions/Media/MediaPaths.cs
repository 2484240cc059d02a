namespace Mektep.Media;

/// <summary>Checks and addresses of media library paths that modules may use without the store.</summary>
public static class MediaPaths
{
    /// <summary>Longest path accepted.</summary>
    public const int MaxPathLength = 512;

    /// <summary>Longest single file or folder name accepted.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The URL prefix media is served under.</summary>
    public const string UrlPrefix = "/media/";

    private static readonly string[] ReservedNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    /// <summary>
    /// True when <paramref name="path"/> is a relative library path of safe names: no <c>..</c> or <c>.</c>
    /// segment, no leading <c>/</c>, no backslash, colon, percent sign, control character or reserved device name.
    /// "" (the root) is safe only when <paramref name="allowRoot"/>.
    /// </summary>
    public static bool IsSafe(string? path, bool allowRoot = false)
    {
        if (path is null || path.Length > MaxPathLength)
        {
            return false;
        }

        if (path.Length == 0)
        {
            return allowRoot;
        }

        return path.Split('/').All(IsSafeName);
    }

    /// <summary>True when <paramref name="name"/> is one safe file or folder name (see <see cref="IsSafe"/>).</summary>
    public static bool IsSafeName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name is "." or "..")
        {
            return false;
        }

        if (name.StartsWith('.') || name.EndsWith('.') || name.StartsWith(' ') || name.EndsWith(' '))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '%' or '#' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        var stem = name.Split('.')[0];
        return !ReservedNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The public address of a path: <c>/media/</c> and each segment URL-escaped.</summary>
    public static string Url(string path) => UrlPrefix + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The parent folder of a path ("" at the root).</summary>
    public static string Parent(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    /// <summary>Joins a folder ("" for the root) and a name.</summary>
    public static string Combine(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";
}
