using Mektep.Engine.Data;
using Mektep.Engine.Organisation;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Organisation;

/// <summary>Districts and rural districts for tests: two in Akmola, one in Abai.</summary>
internal sealed record OrganisationTestData(int Akmola, int Abai, int Kokshetau, int Zerenda, int Kokpekty, int Ruzaevka, int Kokpekty1)
{
    public static async Task<OrganisationTestData> CreateAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var tree = scope.ServiceProvider.GetRequiredService<OrganisationTree>();
        var snapshot = await tree.LoadAsync();
        var akmola = snapshot.Regions.Single(r => r.Code == "akmola").Id;
        var abai = snapshot.Regions.Single(r => r.Code == "abai").Id;
        var kokshetau = await AddDistrictAsync(tree, akmola, "akm-kokshetau", "Көкшетау", "Кокшетау");
        var zerenda = await AddDistrictAsync(tree, akmola, "akm-zerenda", "Зеренді ауданы", "Зерендинский район");
        var kokpekty = await AddDistrictAsync(tree, abai, "abai-kokpekty", "Көкпекті ауданы", "Кокпектинский район");
        var ruzaevka = await AddRuralAsync(tree, zerenda, "akm-zerenda-ruzaevka", "Рузаевка ауылдық округі", "Рузаевский сельский округ");
        var kokpekty1 = await AddRuralAsync(tree, kokpekty, "abai-kokpekty-kokpekty", "Көкпекті ауылдық округі", "Кокпектинский сельский округ");
        return new OrganisationTestData(akmola, abai, kokshetau, zerenda, kokpekty, ruzaevka, kokpekty1);
    }

    public static async Task PlaceAsync(SiteFactory site, string userId, int? ruralDistrictId, int? coordinatorRegionId = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.RuralDistrictId, ruralDistrictId)
            .SetProperty(u => u.CoordinatorRegionId, coordinatorRegionId));
    }

    public static async Task<SiteUser?> FindByEmailAsync(SiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    private static async Task<int> AddDistrictAsync(OrganisationTree tree, int regionId, string code, string kk, string ru)
        => Check(await tree.AddDistrictAsync(regionId, new UnitInput { Code = code, NameKk = kk, NameRu = ru }));

    private static async Task<int> AddRuralAsync(OrganisationTree tree, int districtId, string code, string kk, string ru)
        => Check(await tree.AddRuralDistrictAsync(districtId, new UnitInput { Code = code, NameKk = kk, NameRu = ru }));

    private static int Check(UnitResult result) => result.Succeeded ? result.Id : throw new InvalidOperationException(result.Error);
}
