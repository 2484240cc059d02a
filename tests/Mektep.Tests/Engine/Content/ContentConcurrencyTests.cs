using Mektep.Content;
using Mektep.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentConcurrencyTests
{
    [Theory, Providers]
    public async Task SaveDraft_StaleRevision_ThrowsConflictNamingWhoSaved(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var editorId = await site.CreateUserAsync("aigerim@mektep.test", displayName: "Айгерім Сейітова");
        string id;
        await using (var setup = site.Services.CreateAsyncScope())
        {
            var content = setup.ServiceProvider.GetRequiredService<IContentManager>();
            id = (await content.CreateAsync(await content.NewNoteAsync("Shared"))).ContentItemId;
        }

        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.ActAs(editorId);
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var first = (await manager.GetAsync(id, VersionOptions.Latest))!;
        var second = (await manager.GetAsync(id, VersionOptions.Latest))!;
        first.Alter<TitlePart>(t => t.Title = "First editor");
        second.Alter<TitlePart>(t => t.Title = "Second editor");
        await manager.SaveDraftAsync(first);

        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => manager.SaveDraftAsync(second));

        Assert.Contains("Айгерім Сейітова", conflict.Message);
        Assert.Equal((1, 2), (conflict.ExpectedRevision, conflict.ActualRevision));
        var stored = (await manager.GetAsync(id, VersionOptions.Latest))!;
        Assert.Equal(("First editor", 2), (stored.DisplayText, stored.Revision));
    }

    [Theory, Providers]
    public async Task Publish_StaleRevisionAfterPublish_ThrowsConflict(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        await using var scope = site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.CreateAsync(await content.NewNoteAsync("Live"), publish: true);
        var stale = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        await content.PublishAsync(item);

        await Assert.ThrowsAsync<ContentConflictException>(() => content.PublishAsync(stale));

        Assert.Single(await content.GetHistoryAsync(item.ContentItemId), v => v.Latest);
    }

    [Theory, Providers]
    public async Task SaveDraft_TwoScopesAtOnce_ExactlyOneWins(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        ContentItem created;
        await using (var setup = site.Services.CreateAsyncScope())
        {
            var content = setup.ServiceProvider.GetRequiredService<IContentManager>();
            created = await content.CreateAsync(await content.NewNoteAsync("Race"), publish: true);
        }

        await using var left = site.Services.CreateAsyncScope();
        await using var right = site.Services.CreateAsyncScope();
        var leftContent = left.ServiceProvider.GetRequiredService<IContentManager>();
        var rightContent = right.ServiceProvider.GetRequiredService<IContentManager>();
        var leftItem = (await leftContent.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        var rightItem = (await rightContent.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        leftItem.Alter<TitlePart>(t => t.Title = "Left");
        rightItem.Alter<TitlePart>(t => t.Title = "Right");

        var results = await Task.WhenAll(TrySaveAsync(leftContent, leftItem), TrySaveAsync(rightContent, rightItem));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.Equal(1, results.Count(r => r is ContentConflictException));
        await using var check = site.Services.CreateAsyncScope();
        var history = await check.ServiceProvider.GetRequiredService<IContentManager>().GetHistoryAsync(created.ContentItemId);
        Assert.Equal(2, history.Count);
        Assert.Single(history, v => v.Latest);
        Assert.Single(history, v => v.Published);
    }

    private static async Task<Exception?> TrySaveAsync(IContentManager content, ContentItem item)
    {
        await Task.Yield();
        try
        {
            await content.SaveDraftAsync(item);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
