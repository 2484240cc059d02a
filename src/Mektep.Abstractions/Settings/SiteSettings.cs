using Mektep.Localization;

namespace Mektep.Settings;

/// <summary>Site-wide settings an administrator changes in the admin.</summary>
public sealed record SiteSettings
{
    /// <summary>Shown in the header and in emails.</summary>
    public string SiteName { get; init; } = "Mektep";

    /// <summary>Culture used when neither the person nor the browser says otherwise.</summary>
    public string DefaultCulture { get; init; } = SiteCultures.Russian;

    /// <summary>Id of the public site's theme; null picks the first installed.</summary>
    public string? SiteTheme { get; init; }

    /// <summary>Id of the back office's theme; null picks the first installed.</summary>
    public string? AdminTheme { get; init; }

    /// <summary>Lets visitors create their own account. Off by default: learners are enrolled by administrators.</summary>
    public bool AllowRegistration { get; init; }

    /// <summary>Items per page in admin lists.</summary>
    public int PageSize { get; init; } = 20;
}
