using System.Net;
using System.Text.RegularExpressions;
using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Admin;

public sealed partial class ContentTypeEditorTests
{
    private const string Types = "/admin/content-types";
    private const string Recipe = "/admin/content-types/Recipe";

    [Theory, Providers]
    public async Task Editor_CreateTypeAddReorderRemoveAndConfigureFields_ContentEditorFollowsTheNewOrder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var created = await admin.PostFormAsync(Types, "type-new", new Dictionary<string, string> { ["Input.Name"] = "Recipe", ["Input.DisplayName"] = "Recipe" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith(Recipe, created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await AddFieldAsync(admin, "Ingredients", "Ingredients", nameof(TextField));
        await AddFieldAsync(admin, "Minutes", "Minutes", nameof(NumberField));
        await AddFieldAsync(admin, "Vegetarian", "Vegetarian", nameof(BooleanField));

        var moved = await admin.PostFormAsync(Recipe, "field-move", new Dictionary<string, string> { ["Input.Target"] = "up:Vegetarian" });
        var movedAgain = await admin.PostFormAsync(Recipe, "field-move", new Dictionary<string, string> { ["Input.Target"] = "up:Vegetarian" });
        var unconfirmed = await admin.PostFormAsync(Recipe, "field-remove", new Dictionary<string, string> { ["Input.Target"] = "Ingredients" });
        var removed = await admin.PostFormAsync(Recipe, "field-remove", new Dictionary<string, string> { ["Input.Target"] = "Ingredients", ["Input.Confirm"] = "Ingredients" });
        var configured = await admin.PostFormAsync($"{Recipe}/fields/Minutes", "field-edit", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Cooking time",
            ["Input.Hint"] = "In minutes",
            ["Input.Required"] = "true",
            ["Input.Min"] = "1",
            ["Input.Max"] = "600",
            ["Input.Scale"] = "0",
        });
        var editor = await admin.GetStringAsync("/admin/content/new/Recipe");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, movedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("Tick the confirmation next to Ingredients to remove it.", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, configured.StatusCode);
        Assert.Equal(["Vegetarian", "Minutes"], RecipeInputs().Matches(editor).Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains("Cooking time", editor);
        Assert.Contains("In minutes", editor);
        var type = await site.Services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Recipe");
        var minutes = type!.OwnPart!.Fields.Single(f => f.Name == "Minutes");
        Assert.True(minutes.Required);
        Assert.Equal(600m, minutes.Settings["Max"]!.GetValue<decimal>());
        Assert.Equal(1m, minutes.Settings["Min"]!.GetValue<decimal>());
        Assert.Contains(type.Parts, p => p.PartName == nameof(TitlePart));
    }

    [Theory, Providers]
    public async Task Editor_MoveAndRemoveParts_ChangesThePartOrder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        await admin.PostFormAsync(Types, "type-new", new Dictionary<string, string> { ["Input.Name"] = "Recipe", ["Input.DisplayName"] = "Recipe" });
        await AddFieldAsync(admin, "Minutes", "Minutes", nameof(NumberField));

        var moved = await admin.PostFormAsync(Recipe, "part-move", new Dictionary<string, string> { ["Input.Target"] = "up:Recipe" });
        var orderAfterMove = (await PartsAsync(site)).ToList();
        var removed = await admin.PostFormAsync(Recipe, "part-remove", new Dictionary<string, string> { ["Input.Target"] = nameof(TitlePart) });
        var ownPart = await admin.PostFormAsync(Recipe, "part-remove", new Dictionary<string, string> { ["Input.Target"] = "Recipe" });
        var added = await admin.PostFormAsync(Recipe, "part-add", new Dictionary<string, string> { ["PartInput.Target"] = nameof(TitlePart) });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Recipe", nameof(TitlePart)], orderAfterMove);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ownPart.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Recipe", nameof(TitlePart)], await PartsAsync(site));
    }

    [Theory, Providers]
    public async Task Editor_WithoutManageContentTypes_Answers403(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var admin = await site.AdminClientAsync();

        var editorList = await editor.GetAsync(Types);
        var learnerList = await learner.GetAsync(Types);
        var editorPost = await editor.PostAsync(Types, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "type-new", ["Input.Name"] = "Sneaky" }));
        var adminList = await admin.GetAsync(Types);

        Assert.Equal(HttpStatusCode.Forbidden, editorList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, learnerList.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, editorPost.StatusCode);
        Assert.True(editorPost.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.Null(await site.Services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Sneaky"));
        Assert.Equal(HttpStatusCode.OK, adminList.StatusCode);
        Assert.Contains("href=\"/admin/content-types\"", await adminList.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task NewType_BadTechnicalName_Answers422WithMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var response = await admin.PostFormAsync(Types, "type-new", new Dictionary<string, string> { ["Input.Name"] = "9 lives-type", ["Input.DisplayName"] = "Lives" });
        var field = await admin.PostFormAsync(Types, "type-new", new Dictionary<string, string> { ["Input.Name"] = "Lives", ["Input.DisplayName"] = "Lives" });
        var badField = await admin.PostFormAsync("/admin/content-types/Lives", "field-add", new Dictionary<string, string>
        {
            ["FieldInput.Name"] = "bad name",
            ["FieldInput.DisplayName"] = "Bad",
            ["FieldInput.FieldType"] = nameof(TextField),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The technical name must use Latin letters, digits and underscores", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, field.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badField.StatusCode);
        Assert.Contains("The technical name must use Latin letters, digits and underscores", await badField.Content.ReadAsStringAsync());
        var type = await site.Services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Lives");
        Assert.Empty(type!.OwnPart?.Fields ?? []);
    }

    [Theory, Providers]
    public async Task DeleteType_WithItems_IsRefusedAndWithoutItemsDeletes(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.DefineNoteAsync();
            await scope.ServiceProvider.DefineNoteAsync("EmptyNote");
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            await content.CreateAsync(await content.NewNoteAsync("Kept note"));
        }

        var admin = await site.AdminClientAsync();

        var refused = await admin.PostFormAsync($"{Types}/{TestContent.Note}", "type-delete", new Dictionary<string, string> { ["DeleteInput.Target"] = TestContent.Note });
        var deleted = await admin.PostFormAsync($"{Types}/EmptyNote", "type-delete", new Dictionary<string, string> { ["DeleteInput.Target"] = "EmptyNote" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The type cannot be deleted: 1 items of it exist.", await refused.Content.ReadAsStringAsync());
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        Assert.NotNull(await definitions.GetTypeAsync(TestContent.Note));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await definitions.GetTypeAsync("EmptyNote"));
    }

    private static async Task AddFieldAsync(HttpClient admin, string name, string displayName, string fieldType)
    {
        var response = await admin.PostFormAsync(Recipe, "field-add", new Dictionary<string, string>
        {
            ["FieldInput.Name"] = name,
            ["FieldInput.DisplayName"] = displayName,
            ["FieldInput.FieldType"] = fieldType,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<IEnumerable<string>> PartsAsync(SiteFactory site)
        => (await site.Services.GetRequiredService<IContentDefinitionManager>().GetTypeAsync("Recipe"))!.Parts.Select(p => p.Name);

    [GeneratedRegex("name=\"Recipe\\.(\\w+)")]
    private static partial Regex RecipeInputs();
}
