using Bunit;
using Mektep.Engine.Components.Pages.Admin.Media;
using Mektep.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Components.Pages.Admin.Media;

public sealed class MediaListTests
{
    [Fact]
    public void MediaList_FoldersAndFiles_RenderLinksTypeSizeAndDeleteLinks()
    {
        using var context = new BunitContext();
        context.Services.AddLocalization();
        var listing = new MediaListing(
            "courses",
            [new MediaFolderInfo("courses/covers")],
            [new MediaFileInfo("courses/Бюджет.pdf", 1_572_864, "application/pdf", DateTimeOffset.UnixEpoch), new MediaFileInfo("courses/a.png", 512, "image/png", DateTimeOffset.UnixEpoch)]);

        var list = context.Render<MediaList>(p => p.Add(c => c.Listing, listing));

        var folder = list.Find("tr.media-folder");
        var files = list.FindAll("tr.media-file");
        Assert.Equal("/admin/media?folder=courses%2Fcovers", folder.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, files.Count);
        Assert.Equal("/media/courses/%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82.pdf", files[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("PDF", files[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("512 B", files[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/media?folder=courses&delete=courses%2Fa.png", files[1].QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    [Fact]
    public void MediaList_EmptyFolder_SaysSo()
    {
        using var context = new BunitContext();
        context.Services.AddLocalization();

        var list = context.Render<MediaList>(p => p.Add(c => c.Listing, new MediaListing("", [], [])));

        Assert.Equal("This folder is empty.", list.Find("p.empty").TextContent);
    }
}
