using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Data;
using Mektep.Engine.Content;
using Mektep.Engine.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentDefinitionManagerTests
{
    [Theory, Providers]
    public async Task AlterType_AddRemoveAndReorderFields_IsStored(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterTypeAsync("Handout", t => t
            .WithPart(nameof(TitlePart))
            .WithField("Summary", nameof(TextField))
            .WithField("Duration", nameof(NumberField))
            .WithField("Legacy", nameof(TextField)));

        await definitions.AlterTypeAsync("Handout", t => t.RemoveField("Legacy").ReorderFields(["Duration", "Summary"]));

        var fresh = new ContentDefinitionManager(site.Services.GetRequiredService<IDbContextFactory<MektepDbContext>>(), TimeProvider.System);
        var lesson = await fresh.GetTypeAsync("Handout");
        Assert.NotNull(lesson);
        Assert.Equal([nameof(TitlePart), "Handout"], lesson.Parts.Select(p => p.Name));
        Assert.Equal([("Duration", nameof(NumberField)), ("Summary", nameof(TextField))], lesson.OwnPart!.Fields.Select(f => (f.Name, f.FieldType)));
        Assert.Contains(await fresh.ListTypesAsync(), t => t.Name == "Handout");
    }

    [Theory, Providers]
    public async Task GetType_ChangingTheCopy_DoesNotChangeTheStoredType(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterTypeAsync("Handout", t => t.WithField("Summary", nameof(TextField)));

        (await definitions.GetTypeAsync("Handout"))!.WithField("Sneaky", nameof(TextField));

        Assert.Single((await definitions.GetTypeAsync("Handout"))!.OwnPart!.Fields);
    }

    [Theory, Providers]
    public async Task AlterType_InvalidTechnicalNames_AreRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        var before = (await definitions.ListTypesAsync()).Select(t => t.Name).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => definitions.AlterTypeAsync("1Lesson", _ => { }));
        await Assert.ThrowsAsync<ArgumentException>(() => definitions.AlterTypeAsync("Сабақ", _ => { }));
        await Assert.ThrowsAsync<ArgumentException>(() => definitions.AlterTypeAsync("Les son", _ => { }));
        await Assert.ThrowsAsync<ArgumentException>(() => definitions.AlterTypeAsync("Handout", t => t.WithField("bad-name", nameof(TextField))));
        await Assert.ThrowsAsync<ArgumentException>(() => definitions.AlterTypeAsync("Handout", t => t.WithField("", nameof(TextField))));

        Assert.Equal(before, (await definitions.ListTypesAsync()).Select(t => t.Name));
    }

    [Theory, Providers]
    public async Task AlterType_ChangeFieldType_IsRefused(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterTypeAsync("Handout", t => t.WithField("Duration", nameof(NumberField)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => definitions.AlterTypeAsync("Handout", t => t.WithField("Duration", nameof(TextField))));

        Assert.Contains("Duration", error.Message);
        Assert.Equal(nameof(NumberField), (await definitions.GetTypeAsync("Handout"))!.OwnPart!.Fields.Single().FieldType);
    }

    [Theory, Providers]
    public async Task DeleteType_ExistingType_IsGone(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var definitions = site.Services.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterTypeAsync("Handout", t => t.WithPart(nameof(TitlePart)));

        await definitions.DeleteTypeAsync("Handout");

        Assert.Null(await definitions.GetTypeAsync("Handout"));
    }
}
