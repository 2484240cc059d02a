using Mektep.Engine.Organisation;
using Mektep.Engine.Security;
using Mektep.Localization;
using Mektep.Recipes;
using Mektep.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Engine.Recipes;

/// <summary>
/// <c>{"Step": "users", "Users": [{"Email": ..., "Name": ..., "Roles": ["Learner"], "Culture": "kk", "RuralDistrict": ..., "Region": ...}]}</c>.
/// People get no password from a recipe: they choose one through "forgot password". Someone whose email is known
/// already is left as they are. <c>Region</c> is the region a RegionalCoordinator looks after.
/// </summary>
internal sealed class UsersRecipeStep(UserManager<SiteUser> users, RoleManager<SiteRole> roles, OrganisationTree tree, UserAdministration administration) : IRecipeStep
{
    public const int MaxUsers = 10_000;

    public string Name => "users";

    public async Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var entries = context.Read<List<UserEntry>>("Users");
        if (entries is null)
        {
            context.Problem("Users", "is missing: list the people to create.");
            return;
        }

        if (entries.Count > MaxUsers)
        {
            context.Problem("Users", $"holds {entries.Count} people; at most {MaxUsers} fit in one recipe.");
            return;
        }

        var knownRoles = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        var snapshot = await tree.LoadAsync(cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var path = $"Users[{i}]";
            var email = entry.Email?.Trim() ?? "";
            if (email.Length is 0 or > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                context.Problem(path + ".Email", $"'{entry.Email}' is not an email address.");
            }
            else if (!context.Plan.Emails.Add(email.ToUpperInvariant()))
            {
                context.Problem(path + ".Email", $"'{email}' appears twice in the recipe.");
            }

            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name.Trim().Length > 256)
            {
                context.Problem(path + ".Name", "a name of 1 to 256 characters is required.");
            }

            foreach (var role in entry.Roles.Where(r => !knownRoles.Contains(r, StringComparer.Ordinal)))
            {
                context.Problem(path + ".Roles", $"'{role}' is not a role ({string.Join(", ", knownRoles.Order(StringComparer.Ordinal))}).");
            }

            if (!string.IsNullOrEmpty(entry.Culture) && !SiteCultures.IsSupported(entry.Culture))
            {
                context.Problem(path + ".Culture", $"'{entry.Culture}' is not one of {string.Join(", ", SiteCultures.All)}.");
            }

            if (entry.RuralDistrict is { Length: > 0 } rural && !context.Plan.OrganisationCodes.Contains(rural)
                && !snapshot.RuralDistricts.Any(r => string.Equals(r.Code, rural, StringComparison.OrdinalIgnoreCase)))
            {
                context.Problem(path + ".RuralDistrict", $"there is no rural district '{rural}' on the site or in the recipe.");
            }

            var coordinator = entry.Roles.Contains(StandardRoles.RegionalCoordinator, StringComparer.Ordinal);
            if (entry.Region is { Length: > 0 } region && !snapshot.Regions.Any(r => string.Equals(r.Code, region, StringComparison.OrdinalIgnoreCase)))
            {
                context.Problem(path + ".Region", $"'{region}' is not a region code.");
            }
            else if (coordinator && string.IsNullOrEmpty(entry.Region))
            {
                context.Problem(path + ".Region", "a regional coordinator needs the region they look after.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken = default)
    {
        var entries = context.Read<List<UserEntry>>("Users")!;
        var snapshot = await tree.LoadAsync(cancellationToken);
        int created = 0, kept = 0;
        foreach (var entry in entries)
        {
            if (await users.FindByEmailAsync(entry.Email!.Trim()) is not null)
            {
                kept++;
                continue;
            }

            var rural = snapshot.RuralDistricts.FirstOrDefault(r => string.Equals(r.Code, entry.RuralDistrict, StringComparison.OrdinalIgnoreCase));
            var region = snapshot.Regions.FirstOrDefault(r => string.Equals(r.Code, entry.Region, StringComparison.OrdinalIgnoreCase));
            var input = new UserInput
            {
                DisplayName = entry.Name!.Trim(),
                Email = entry.Email.Trim(),
                Phone = entry.Phone,
                Culture = entry.Culture,
                Roles = entry.Roles,
                RegionId = rural is null ? null : snapshot.RegionOf(rural.Id),
                RuralDistrictId = rural?.Id,
                CoordinatorRegionId = region?.Id,
            };
            var (result, _) = await administration.CreateAsync(input, password: null);
            if (!result.Succeeded)
            {
                throw new RecipeException($"User '{entry.Email}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            created++;
        }

        context.Plan.Summary.Add($"Users: {created} created, {kept} already there.");
    }

    private sealed class UserEntry
    {
        public string? Email { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public List<string> Roles { get; set; } = [];

        public string? Culture { get; set; }

        public string? Region { get; set; }

        public string? RuralDistrict { get; set; }
    }
}
