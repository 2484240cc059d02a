using Microsoft.AspNetCore.Identity;

namespace Mektep.Engine.Security;

/// <summary>A person who signs in: administrator, editor, coordinator or learner.</summary>
public sealed class SiteUser : IdentityUser
{
    public string DisplayName
    {
        get;
        set
        {
            field = value;
            NormalizedDisplayName = value.ToUpperInvariant();
        }
    } = "";

    /// <summary>Upper-cased in .NET for case-insensitive search of Cyrillic names on every database.</summary>
    public string NormalizedDisplayName { get; set; } = "";

    /// <summary>kk, ru or en; null means the site default.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>A disabled account cannot sign in; its history is kept.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The rural district a learner belongs to; the district and region follow from it.</summary>
    public int? RuralDistrictId { get; set; }

    /// <summary>For a regional coordinator, the one region whose people they see.</summary>
    public int? CoordinatorRegionId { get; set; }
}
