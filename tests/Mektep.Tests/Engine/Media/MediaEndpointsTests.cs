using System.Net;
using System.Net.Http.Headers;
using Mektep.Data;
using Mektep.Media;
using Mektep.Security;
using Mektep.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Engine.Media;

public sealed class MediaEndpointsTests
{
    [Theory, Providers]
    public async Task Upload_ValidPdfByAnEditor_IsStoredListedAndServed(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("editor@mektep.test", StandardRoles.CurriculumEditor);
        var editor = await site.SignedInClientAsync("editor@mektep.test", TestUsers.Password);
        var bytes = MediaSamples.Pdf(3000);

        var response = await UploadAsync(editor, "Бюджет жоспары.pdf", bytes);
        var page = await editor.GetStringAsync(response.Headers.Location!.OriginalString);
        var served = await site.NewClient().GetByteArrayAsync("/media/" + Uri.EscapeDataString("Бюджет-жоспары.pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/media?saved=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Uploaded as Бюджет-жоспары.pdf.", page);
        Assert.Contains("<code>Бюджет-жоспары.pdf</code>", page);
        Assert.Contains("2.9 KB", page);
        Assert.Equal(bytes, served);
    }

    [Theory, Providers]
    public async Task Upload_IntoAFolder_RedirectsBackToTheFolder(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();
        var created = await admin.PostFormAsync("/admin/media", "media-folder", new Dictionary<string, string> { ["FolderInput.Name"] = "Сабақтар" });

        var response = await UploadAsync(admin, "a.png", MediaSamples.Png(), folder: "Сабақтар");
        var page = await admin.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("folder=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("<code>Сабақтар/a.png</code>", page);
    }

    [Theory, Providers]
    public async Task Upload_TooLargeWrongTypeOrMismatchedContent_ComesBackWithAClearMessage(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider, new Dictionary<string, string?> { ["Media:MaxFileBytes"] = "1048576" });
        var admin = await site.AdminClientAsync();

        var tooLarge = await UploadAsync(admin, "big.pdf", MediaSamples.Pdf(1_500_000));
        var farTooLarge = await UploadAsync(admin, "huge.pdf", MediaSamples.Pdf(5_000_000));
        var wrongType = await UploadAsync(admin, "drawing.svg", MediaSamples.Text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        var mismatched = await UploadAsync(admin, "report.pdf", MediaSamples.Text("<html><script>alert(1)</script></html>"));
        var badName = await UploadAsync(admin, "..%2f..%2fx.pdf", MediaSamples.Pdf());
        var tooLargePage = await admin.GetStringAsync(tooLarge.Headers.Location!.OriginalString);
        var wrongTypePage = await admin.GetStringAsync(wrongType.Headers.Location!.OriginalString);
        var mismatchedPage = await admin.GetStringAsync(mismatched.Headers.Location!.OriginalString);
        var listing = await site.Services.GetRequiredService<IMediaStore>().ListAsync("");

        Assert.Equal("/admin/media?error=TooLarge", tooLarge.Headers.Location!.OriginalString);
        Assert.Equal("/admin/media?error=TooLarge", farTooLarge.Headers.Location!.OriginalString);
        Assert.Equal("/admin/media?error=TypeNotAllowed", wrongType.Headers.Location!.OriginalString);
        Assert.Equal("/admin/media?error=ContentMismatch", mismatched.Headers.Location!.OriginalString);
        Assert.Equal("/admin/media?error=InvalidName", badName.Headers.Location!.OriginalString);
        Assert.Contains("The file is larger than 1 MB.", tooLargePage);
        Assert.Contains("Files of this type are not accepted. Allowed: .pdf, .docx, .xlsx, .png, .jpg, .jpeg, .webp, .gif.", wrongTypePage);
        Assert.Contains("The file&#x27;s content does not match its extension.", mismatchedPage.Replace("&#39;", "&#x27;", StringComparison.Ordinal));
        Assert.Empty(listing.Files);
    }

    [Theory, Providers]
    public async Task Upload_WithoutAntiforgeryToken_IsRefusedAndStoresNothing(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var admin = await site.AdminClientAsync();

        var missing = await UploadAsync(admin, "a.pdf", MediaSamples.Pdf(), token: "");
        var forged = await UploadAsync(admin, "b.pdf", MediaSamples.Pdf(), token: "CfDJ8forged");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty((await site.Services.GetRequiredService<IMediaStore>().ListAsync("")).Files);
    }

    [Theory, Providers]
    public async Task Upload_ByALearnerOrAnonymous_IsForbidden(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        await site.CreateUserAsync("learner@mektep.test", StandardRoles.Learner);
        var learner = await site.SignedInClientAsync("learner@mektep.test", TestUsers.Password);
        var tokenPage = await learner.GetStringAsync("/account");

        var asLearner = await UploadAsync(learner, "a.pdf", MediaSamples.Pdf(), token: SiteFactory.AntiforgeryToken(tokenPage));
        var asAnonymous = await UploadAsync(site.NewClient(), "a.pdf", MediaSamples.Pdf(), token: "x");
        var page = await learner.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Forbidden, asLearner.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asAnonymous.StatusCode);
        Assert.Contains("/account/login", asAnonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Empty((await site.Services.GetRequiredService<IMediaStore>().ListAsync("")).Files);
    }

    [Theory, Providers]
    public async Task Serve_StoredFiles_SendsTypeNosniffCachingAndDisposition(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var store = site.Services.GetRequiredService<IMediaStore>();
        await store.SaveAsync("", "report.pdf", new MemoryStream(MediaSamples.Pdf()));
        await store.SaveAsync("", "cover.png", new MemoryStream(MediaSamples.Png()));
        var client = site.NewClient();

        var pdf = await client.GetAsync("/media/report.pdf");
        var png = await client.GetAsync("/media/cover.png");
        var again = new HttpRequestMessage(HttpMethod.Get, "/media/report.pdf");
        again.Headers.IfNoneMatch.Add(pdf.Headers.ETag!);
        var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("report.pdf", pdf.Content.Headers.ContentDisposition.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName);
        Assert.NotNull(pdf.Headers.ETag);
        Assert.NotNull(pdf.Content.Headers.LastModified);
        Assert.Contains("immutable", pdf.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox", pdf.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Null(png.Content.Headers.ContentDisposition);
        Assert.Equal("nosniff", png.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory, Providers]
    public async Task Serve_MissingOrUnsafePaths_AreNotFound(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var store = site.Services.GetRequiredService<IMediaStore>();
        await store.SaveAsync("", "report.pdf", new MemoryStream(MediaSamples.Pdf()));
        var client = site.NewClient();
        string[] paths =
        [
            "/media/missing.pdf", "/media/..%2f..%2fappsettings.json", "/media/..%2Fx.pdf", "/media/%2e%2e/%2e%2e/appsettings.json",
            "/media/a/..%2f..%2f..%2fetc/passwd", "/media/%5c..%5cx.pdf", "/media/", "/media/.upload-x.tmp",
        ];

        var statuses = new List<(string, HttpStatusCode)>();
        foreach (var path in paths)
        {
            statuses.Add((path, (await client.GetAsync(path)).StatusCode));
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s.Item2));
    }

    [Theory, Providers]
    public async Task Delete_AfterConfirmation_RemovesTheFile(DatabaseProvider provider)
    {
        await using var site = await SiteFactory.StartAsync(provider);
        var store = site.Services.GetRequiredService<IMediaStore>();
        await store.SaveAsync("", "old.pdf", new MemoryStream(MediaSamples.Pdf()));
        var admin = await site.AdminClientAsync();

        var confirm = await admin.GetStringAsync("/admin/media?delete=old.pdf");
        var response = await admin.PostFormAsync("/admin/media?delete=old.pdf", "media-delete", new Dictionary<string, string> { ["DeleteInput.Path"] = "old.pdf" });

        Assert.Contains("Delete old.pdf?", confirm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(store.GetInfo("old.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewClient().GetAsync("/media/old.pdf")).StatusCode);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes, string folder = "", string? token = null)
    {
        if (token is null)
        {
            var page = await client.GetStringAsync(folder.Length == 0 ? "/admin/media" : "/admin/media?folder=" + Uri.EscapeDataString(folder));
            token = SiteFactory.AntiforgeryToken(page);
        }

        using var form = new MultipartFormDataContent();
        if (token.Length > 0)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent(folder), "folder");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/admin/media/upload", form);
    }
}
