using Mektep.Content;
using Mektep.Data;
using Mektep.Engine.Caching;
using Mektep.Engine.Data;
using Mektep.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Content;

public sealed class ContentCacheTests
{
    [Theory, Providers]
    public async Task PublishedRead_IsCached_AndANewPublishShowsAtOnce(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        var cache = site.Services.GetRequiredService<ContentCache>();
        string id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            id = (await content.CreateAsync(await content.NewNoteAsync("First"), publish: true)).ContentItemId;
            Assert.Equal("First", (await content.GetAsync(id, VersionOptions.Published))!.DisplayText);
        }

        Assert.True(cache.TryGet<object>($"content:published:{id}", out _));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(id, VersionOptions.Latest))!;
            draft.Alter<TitlePart>(t => t.Title = "Second");
            await content.PublishAsync(draft);
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            Assert.Equal("Second", (await content.GetAsync(id, VersionOptions.Published))!.DisplayText);
            Assert.Equal(["Second"], (await content.GetManyAsync([id], VersionOptions.Published)).Select(i => i.DisplayText));
        }
    }

    [Theory, Providers]
    public async Task ReadInsideARolledBackWrite_IsNotKept(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.Services.DefineNoteAsync();
        string id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            id = (await content.CreateAsync(await content.NewNoteAsync("Kept"), publish: true)).ContentItemId;
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var draft = (await content.GetAsync(id, VersionOptions.Latest))!;
                draft.Alter<TitlePart>(t => t.Title = "Never committed");
                await content.PublishAsync(draft);
                Assert.Equal("Never committed", (await content.GetAsync(id, VersionOptions.Published))!.DisplayText);
                await transaction.RollbackAsync();
            });
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Equal("Kept", (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published))!.DisplayText);
        }
    }

    [Fact]
    public async Task PublishOnOneNode_EmptiesTheCacheOfAnotherNode_OnPostgreSql()
    {
        await using var first = await SiteFactory.StartAsync(DatabaseProvider.PostgreSql);
        await using var second = await SiteFactory.StartAsync(DatabaseProvider.PostgreSql, new Dictionary<string, string?> { ["ConnectionStrings:Mektep"] = first.ConnectionString });
        await first.Services.DefineNoteAsync();
        var secondCache = second.Services.GetRequiredService<ContentCache>();
        var beforeCreate = secondCache.Generation;
        string id;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            id = (await content.CreateAsync(await content.NewNoteAsync("Before"), publish: true)).ContentItemId;
        }

        // Both nodes listen (the factory waits for it), so the creation's notification reaches the second node:
        // wait for it (bounded, never a fixed time) so that it cannot empty what the second node reads next.
        await WaitForNewGenerationAsync(secondCache, beforeCreate);
        await using (var scope = second.Services.CreateAsyncScope())
        {
            Assert.Equal("Before", (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published))!.DisplayText);
        }

        Assert.True(secondCache.TryGet<object>($"content:published:{id}", out _));
        var generation = secondCache.Generation;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var draft = (await content.GetAsync(id, VersionOptions.Latest))!;
            draft.Alter<TitlePart>(t => t.Title = "After");
            await content.PublishAsync(draft);
        }

        await WaitForNewGenerationAsync(secondCache, generation);

        await using (var scope = second.Services.CreateAsyncScope())
        {
            Assert.Equal("After", (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published))!.DisplayText);
        }
    }

    /// <summary>A notification travels through PostgreSQL: wait for it (bounded), never for a fixed time.</summary>
    private static async Task WaitForNewGenerationAsync(ContentCache cache, long generation)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (cache.Generation == generation)
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}
