using System.Net;
using Mektep.Data;
using Mektep.Initiatives;
using Mektep.Media;
using Mektep.Tests.Engine.Media;
using Mektep.Tests.Infrastructure;
using Mektep.Tests.Modules.Courses;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Modules.Initiatives;

/// <summary>Hostile attachments of an initiative: names that climb out of the media library, and files over the size limit.</summary>
public sealed class InitiativeAttachmentTests
{
    [Theory, Providers]
    public async Task Attachment_PathTraversalName_IsRefusedWithAClearMessageAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var (owner, id, page) = await DraftAsync(site);
        var before = FilesOutsideMedia(site);
        string[] names = ["../../etc/passwd.pdf", "..\\..\\x.pdf", "/etc/passwd.pdf", "C:\\Windows\\x.pdf", "x/../../y.pdf", "..", "../"];
        // ASP.NET Core cannot read a Content-Disposition holding NUL, so such a part never becomes a file: "Choose a file."
        string[] unreadable = ["x.pdf\0.png", "\0.pdf"];

        var answers = new List<(string Name, string? Location)>();
        foreach (var name in names.Concat(unreadable))
        {
            var response = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, name, MediaSamples.Pdf()));
            answers.Add((name, response.Headers.Location?.OriginalString));
        }

        var message = await owner.GetStringAsync($"/initiatives/{id}/edit?error=InvalidName");
        var after = FilesOutsideMedia(site);

        Assert.All(answers, answer => Assert.Equal((answer.Name, $"/initiatives/{id}/edit?error={(unreadable.Contains(answer.Name) ? "Empty" : "InvalidName")}"), answer));
        Assert.Contains("The file name is not allowed.", message);
        Assert.Equal(before, after);
        Assert.Empty((await InitiativeTestData.FindAsync(site, id))!.AttachmentPaths);
        Assert.Empty(MediaFiles(site));
        Assert.Empty(await AttachmentFoldersAsync(site));
    }

    [Theory, Providers]
    public async Task Attachment_OverTheSizeLimit_IsRefusedWithAClearMessageAndNothingHalfWrittenRemains(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Media:MaxFileBytes"] = "1048576" });
        var (owner, id, page) = await DraftAsync(site);

        var overLimit = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "smeta.pdf", MediaSamples.Pdf(1_048_577)));
        var farOverLimit = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "smeta.pdf", MediaSamples.Pdf(5_000_000)));
        var message = await owner.GetStringAsync(overLimit.Headers.Location!.OriginalString);
        var atLimit = await owner.PostAsync($"/initiatives/{id}/attachments", InitiativeTestData.Upload(page, "smeta.pdf", MediaSamples.Pdf(1_048_576)));

        Assert.Equal($"/initiatives/{id}/edit?error=TooLarge", overLimit.Headers.Location!.OriginalString);
        Assert.Equal($"/initiatives/{id}/edit?error=TooLarge", farOverLimit.Headers.Location!.OriginalString);
        Assert.Contains("The file is too large.", message);
        Assert.Equal($"/initiatives/{id}/edit?attached=1", atLimit.Headers.Location!.OriginalString);
        var stored = Assert.Single((await InitiativeTestData.FindAsync(site, id))!.AttachmentPaths);
        Assert.Equal(stored, Assert.Single(MediaFiles(site)));
        Assert.Single(await AttachmentFoldersAsync(site));
    }

    private static async Task<(HttpClient Owner, long Id, string Page)> DraftAsync(SiteFactory site)
    {
        await site.LearnerAsync("owner@mektep.test", null);
        var owner = await site.SignedInClientAsync("owner@mektep.test", TestUsers.Password);
        var id = await InitiativeTestData.CreateAsync(owner, InitiativeTestData.Fields(action: "save"));
        var page = await owner.GetStringAsync($"/initiatives/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/initiatives/{id}/edit")).StatusCode);
        return (owner, id, page);
    }

    private static string MediaRoot(SiteFactory site)
        => Path.GetFullPath(Path.Combine(site.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, site.Services.GetRequiredService<MediaOptions>().Root));

    /// <summary>Every file under the site's content root but outside its media library (where a climbing name would land).</summary>
    private static List<string> FilesOutsideMedia(SiteFactory site)
    {
        var root = site.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var media = MediaRoot(site) + Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(media, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file in the media library, temporary ones included, as a media path.</summary>
    private static List<string> MediaFiles(SiteFactory site)
    {
        var root = MediaRoot(site);
        return Directory.Exists(root)
            ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))]
            : [];
    }

    /// <summary>The per-file folders under the attachments folder.</summary>
    private static async Task<IReadOnlyList<string>> AttachmentFoldersAsync(SiteFactory site)
    {
        var media = site.Services.GetRequiredService<IMediaStore>();
        try
        {
            return [.. (await media.ListAsync(InitiativeEndpoints.AttachmentsFolder)).Folders.Select(f => f.Path)];
        }
        catch (MediaValidationException ex) when (ex.Error == MediaError.FolderNotFound)
        {
            return [];
        }
    }
}
