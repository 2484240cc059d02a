using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Data;
using Mektep.TestModule.Indexes;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentIndexProviderTests
{
    [Theory, Providers]
    public async Task Index_Lifecycle_KeepsRowsOnlyForLatestAndPublishedVersions(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync(TestWidgetIndex.ContentType);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        await content.CreateAsync(await content.NewNoteAsync("Not a widget"), publish: true);

        var item = await content.CreateAsync(await content.NewNoteAsync("Draft", type: TestWidgetIndex.ContentType));
        var afterCreate = await RowsAsync(site);
        await content.PublishAsync(item);
        var afterPublish = await RowsAsync(site);
        item.Alter<TitlePart>(t => t.Title = "Edited");
        item = await content.SaveDraftAsync(item);
        var afterEdit = await RowsAsync(site);
        item.Alter<TitlePart>(t => t.Title = "Edited again");
        item = await content.SaveDraftAsync(item);
        var afterSecondEdit = await RowsAsync(site);
        await content.PublishAsync(item);
        var afterSecondPublish = await RowsAsync(site);
        await content.UnpublishAsync(item.ContentItemId);
        var afterUnpublish = await RowsAsync(site);
        await content.DeleteAsync(item.ContentItemId);
        var afterDelete = await RowsAsync(site);

        Assert.Equal(["Draft latest"], afterCreate);
        Assert.Equal(["Draft latest published"], afterPublish);
        Assert.Equal(["Draft published", "Edited latest"], afterEdit);
        Assert.Equal(["Draft published", "Edited again latest"], afterSecondEdit);
        Assert.Equal(["Edited again latest published"], afterSecondPublish);
        Assert.Equal(["Edited again latest"], afterUnpublish);
        Assert.Empty(afterDelete);
    }

    private static async Task<List<string>> RowsAsync(SiteFactory site)
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<MektepDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<TestWidgetIndex>().AsNoTracking().ToListAsync();
        return [.. rows.Select(r => $"{r.Title}{(r.Latest ? " latest" : "")}{(r.Published ? " published" : "")}").Order(StringComparer.Ordinal)];
    }
}
