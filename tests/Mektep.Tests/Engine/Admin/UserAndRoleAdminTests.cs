using System.Net;
using Mektep.Data;
using Mektep.Engine.Security;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Admin;

public sealed class UserAndRoleAdminTests
{
    private const string Password = "Learner-Password-1";

    [Theory, Providers]
    public async Task CreateUser_ThroughForm_CanSignInWithRole(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var form = await admin.GetStringAsync("/admin/users/new");

        var response = await admin.PostAsync("/admin/users/new", FormClientExtensions.Form(form, "user-edit", new()
        {
            ["Input.DisplayName"] = "Айгүл Сәрсенова",
            ["Input.Email"] = "aigul@mektep.test",
            ["Input.Culture"] = "kk",
            ["Input.Roles"] = StandardRoles.Learner,
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await admin.GetStringAsync("/admin/users?q=%D0%B0%D0%B9%D0%B3%D2%AF%D0%BB");
        Assert.Contains("aigul@mektep.test", list);
        var learner = await site.SignedInClientAsync("aigul@mektep.test", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/admin/users")).StatusCode);
        Assert.Contains("lang=\"kk\"", await learner.GetStringAsync("/"));
    }

    [Theory, Providers]
    public async Task CreateUser_InvalidEmail_Returns422AndCreatesNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var form = await admin.GetStringAsync("/admin/users/new");

        var response = await admin.PostAsync("/admin/users/new", FormClientExtensions.Form(form, "user-edit", new()
        {
            ["Input.DisplayName"] = "Nobody",
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = Password,
        }));

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("A valid email address is required.", await response.Content.ReadAsStringAsync());
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<SiteUser>>().FindByNameAsync("not-an-email"));
    }

    [Theory, Providers]
    public async Task DisableUser_ThroughForm_BlocksSignIn(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var id = await CreateUserAsync(site, "learner@mektep.test", StandardRoles.Learner);
        var admin = await site.AdminClientAsync();
        var form = await admin.GetStringAsync($"/admin/users/{id}");

        var response = await admin.PostAsync($"/admin/users/{id}", FormClientExtensions.Form(form, "user-edit", new()
        {
            ["Input.DisplayName"] = "Learner",
            ["Input.Email"] = "learner@mektep.test",
            ["Input.Roles"] = StandardRoles.Learner,
            ["Input.Disabled"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.SignedInClientAsync("learner@mektep.test", Password));
    }

    [Theory, Providers]
    public async Task GrantPermission_ToEditorRole_OpensUsersPage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await CreateUserAsync(site, "editor@mektep.test", StandardRoles.CurriculumEditor);
        var editor = await site.SignedInClientAsync("editor@mektep.test", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/users")).StatusCode);
        var admin = await site.AdminClientAsync();
        var form = await admin.GetStringAsync($"/admin/roles/{StandardRoles.CurriculumEditor}");

        var response = await admin.PostAsync($"/admin/roles/{StandardRoles.CurriculumEditor}", new FormUrlEncodedContent(
        [
            new("_handler", "role-permissions"),
            new("__RequestVerificationToken", SiteFactory.AntiforgeryToken(form)),
            new("Granted", EnginePermissions.AccessAdmin.Name),
            new("Granted", EnginePermissions.ManageContent.Name),
            new("Granted", EnginePermissions.ManageUsers.Name),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/roles")).StatusCode);
    }

    private static async Task<string> CreateUserAsync(SiteFactory site, string email, string role)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var (result, user) = await users.CreateAsync(new UserInput { DisplayName = email, Email = email, Roles = [role] }, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user!.Id;
    }
}
