using Mektep.Audit;
using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Localization;
using Mektep.People;
using Mektep.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Security;

/// <summary>Finds, creates and changes user accounts for the admin.</summary>
public sealed class UserAdministration(UserManager<SiteUser> users, RoleManager<SiteRole> roles, MektepDbContext db, IAuditTrail audit, TimeProvider clock, PeopleDirectory people, OrganisationTree tree)
{
    public const int MaxPageSize = 200;

    /// <summary>Searches the people the current user may see; place filters never widen that scope.</summary>
    public async Task<UserPage> SearchAsync(UserSearch search, CancellationToken cancellationToken = default)
    {
        var scope = await people.GetCurrentScopeAsync(cancellationToken);
        var query = people.Filter(db.Users.AsNoTracking(), new PlaceFilter(search.RegionId, search.DistrictId), scope);
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = search.Text.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(text) || u.NormalizedDisplayName.Contains(text));
        }

        if (search.Disabled is { } disabled)
        {
            query = query.Where(u => u.IsDisabled == disabled);
        }

        if (!string.IsNullOrEmpty(search.Role) && await roles.FindByNameAsync(search.Role) is { } role)
        {
            var roleId = role.Id;
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var page = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip(Math.Max(0, search.Page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new UserPage(page, total);
    }

    /// <summary>Creates a user; without a password the person chooses one through "forgot password".</summary>
    public async Task<(IdentityResult Result, SiteUser? User)> CreateAsync(UserInput input, string? password)
    {
        var errors = Validate(input, await tree.LoadAsync());
        if (errors is not null)
        {
            return (errors, null);
        }

        var user = new SiteUser { CreatedUtc = clock.GetUtcNow().UtcDateTime, LockoutEnabled = true, EmailConfirmed = true };
        Apply(user, input);
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await SetRolesAsync(user, input.Roles);
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Users, AuditActions.Created, user.Id, user.Email ?? "", Roles(input.Roles)));
        }

        return (result, result.Succeeded ? user : null);
    }

    public async Task<IdentityResult> UpdateAsync(SiteUser user, UserInput input, string? newPassword)
    {
        var errors = Validate(input, await tree.LoadAsync());
        if (errors is not null)
        {
            return errors;
        }

        var wasDisabled = user.IsDisabled;
        var rolesBefore = await users.GetRolesAsync(user);
        Apply(user, input);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && !wasDisabled && user.IsDisabled)
        {
            // A new security stamp ends the person's open sessions at the next validation.
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (result.Succeeded)
        {
            result = await SetRolesAsync(user, input.Roles);
        }

        if (result.Succeeded && !string.IsNullOrEmpty(newPassword))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, newPassword);
        }

        if (result.Succeeded)
        {
            await RecordUpdateAsync(user, wasDisabled, rolesBefore);
        }

        return result;
    }

    private async Task<IdentityResult> SetRolesAsync(SiteUser user, IReadOnlyCollection<string> wanted)
    {
        var known = await roles.Roles.Select(r => r.Name!).ToListAsync();
        var target = wanted.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(target).ToList();
        var added = target.Except(current).ToList();
        var result = removed.Count > 0 ? await users.RemoveFromRolesAsync(user, removed) : IdentityResult.Success;
        return result.Succeeded && added.Count > 0 ? await users.AddToRolesAsync(user, added) : result;
    }

    private async Task RecordUpdateAsync(SiteUser user, bool wasDisabled, IList<string> rolesBefore)
    {
        var email = user.Email ?? "";
        await audit.RecordAsync(new AuditEvent(AuditCategories.Users, AuditActions.Updated, user.Id, email));
        if (!wasDisabled && user.IsDisabled)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Users, AuditActions.Disabled, user.Id, email));
        }

        var rolesAfter = await users.GetRolesAsync(user);
        if (!rolesBefore.Order(StringComparer.Ordinal).SequenceEqual(rolesAfter.Order(StringComparer.Ordinal)))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Users, AuditActions.RolesChanged, user.Id, email, $"{Roles(rolesBefore)} → {Roles(rolesAfter)}"));
        }
    }

    private static string Roles(IEnumerable<string> roles) => string.Join(", ", roles.Order(StringComparer.Ordinal)) is { Length: > 0 } list ? list : "—";

    private static void Apply(SiteUser user, UserInput input)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Email = input.Email.Trim();
        user.UserName = input.Email.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        user.PreferredCulture = SiteCultures.IsSupported(input.Culture) ? input.Culture : null;
        user.IsDisabled = input.Disabled;
        user.RuralDistrictId = input.RuralDistrictId;
        user.CoordinatorRegionId = input.Roles.Contains(StandardRoles.RegionalCoordinator) ? input.CoordinatorRegionId : null;
    }

    private static IdentityResult? Validate(UserInput input, OrganisationSnapshot organisation)
    {
        var errors = new List<IdentityError>();
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 256)
        {
            errors.Add(new IdentityError { Code = "DisplayName", Description = "A name of 1 to 256 characters is required." });
        }

        if (string.IsNullOrWhiteSpace(input.Email) || !System.Net.Mail.MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(new IdentityError { Code = "Email", Description = "A valid email address is required." });
        }

        if (!string.IsNullOrEmpty(input.Culture) && !SiteCultures.IsSupported(input.Culture))
        {
            errors.Add(new IdentityError { Code = "Culture", Description = "Choose Kazakh, Russian or English." });
        }

        if (input.RuralDistrictId is { } ruralId && organisation.RuralDistrict(ruralId) is null)
        {
            errors.Add(new IdentityError { Code = "RuralDistrict", Description = "There is no such rural district." });
        }
        else if (input.RuralDistrictId is null && input.RegionId is not null)
        {
            errors.Add(new IdentityError { Code = "RuralDistrict", Description = "Choose a rural district in the chosen region." });
        }
        else if (input.RuralDistrictId is not null && input.RegionId is { } regionId && organisation.RegionOf(input.RuralDistrictId) != regionId)
        {
            errors.Add(new IdentityError { Code = "RuralDistrict", Description = "The rural district is not in the chosen region." });
        }

        if (input.Roles.Contains(StandardRoles.RegionalCoordinator) && organisation.Region(input.CoordinatorRegionId) is null)
        {
            errors.Add(new IdentityError { Code = "CoordinatorRegion", Description = "Choose the region a regional coordinator is responsible for." });
        }

        return errors.Count == 0 ? null : IdentityResult.Failed([.. errors]);
    }
}

public sealed record UserSearch(string? Text = null, string? Role = null, bool? Disabled = null, int Page = 1, int PageSize = 20, int? RegionId = null, int? DistrictId = null);

public sealed record UserPage(IReadOnlyList<SiteUser> Users, int TotalCount);

public sealed class UserInput
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public string? Culture { get; set; }

    public bool Disabled { get; set; }

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    /// <summary>The region chosen in the form; only checked against the rural district's region.</summary>
    public int? RegionId { get; set; }

    public int? RuralDistrictId { get; set; }

    public int? CoordinatorRegionId { get; set; }
}
