using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Web;

public sealed class PreferredCultureTests
{
    [Theory, Providers]
    public async Task SignIn_UserPrefersKazakh_PagesInKazakhWhateverTheBrowserAsks(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("akim@mektep.test", "Learner");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>();
            var user = (await users.FindByEmailAsync("akim@mektep.test"))!;
            user.PreferredCulture = "kk";
            await users.UpdateAsync(user);
        }

        var client = await site.SignedInClientAsync("akim@mektep.test", TestUsers.Password);
        var home = await client.GetStringAsync("/");

        Assert.Contains("lang=\"kk\"", home);
    }
}
