using Mektep.Engine.Media;
using Mektep.Media;

namespace Mektep.Tests.Engine.Media;

public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "mektep-tests", "media-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Save_ValidPdf_StoresItUnderTheRootWithItsTypeAndSize()
    {
        var store = Store();
        var bytes = MediaSamples.Pdf(1500);

        var saved = await store.SaveAsync("", "Бюджет 2026.PDF", new MemoryStream(bytes));

        Assert.Equal("Бюджет-2026.pdf", saved.Path);
        Assert.Equal(1500, saved.Size);
        Assert.Equal("application/pdf", saved.ContentType);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(store.RootPath, "Бюджет-2026.pdf")));
        Assert.Equal("/media/%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82-2026.pdf", saved.Url);
    }

    [Fact]
    public async Task Save_OverTheLimit_IsRefusedWhileStreamingAndLeavesNothing()
    {
        var store = Store(maxBytes: 1000);

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", "big.pdf", new UnknownLengthStream(MediaSamples.Pdf(5000))));

        Assert.Equal(MediaError.TooLarge, error.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
    }

    [Fact]
    public async Task Save_ExactlyAtTheLimit_IsAccepted()
    {
        var store = Store(maxBytes: 1000);

        var saved = await store.SaveAsync("", "edge.pdf", new MemoryStream(MediaSamples.Pdf(1000)));

        Assert.Equal(1000, saved.Size);
    }

    [Theory]
    [InlineData("script.svg")]
    [InlineData("page.html")]
    [InlineData("run.exe")]
    [InlineData("noextension")]
    public async Task Save_TypeNotAllowed_IsRefused(string name)
    {
        var store = Store();

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", name, new MemoryStream(MediaSamples.Pdf())));

        Assert.Equal(MediaError.TypeNotAllowed, error.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
    }

    [Fact]
    public async Task Save_ExtensionLeftOutOfConfiguration_IsRefused()
    {
        var options = new MediaOptions();
        options.AllowedExtensions.Add(".pdf");
        var store = new FileSystemMediaStore(options, _contentRoot);

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", "photo.png", new MemoryStream(MediaSamples.Png())));

        Assert.Equal(MediaError.TypeNotAllowed, error.Error);
        Assert.Contains(".pdf", error.UserMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "<html><script>alert(1)</script></html>")]
    [InlineData("photo.png", "GIF89a not a png")]
    [InlineData("photo.jpg", "%PDF-1.4 a pdf")]
    [InlineData("table.xlsx", "name,email\nA,a@b.kz")]
    [InlineData("letter.docx", "%PDF-1.4")]
    [InlineData("anim.gif", "GIF")]
    [InlineData("pic.webp", "RIFF....WEBX")]
    public async Task Save_ContentNotMatchingTheExtension_IsRefused(string name, string content)
    {
        var store = Store();

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", name, new MemoryStream(MediaSamples.Text(content))));

        Assert.Equal(MediaError.ContentMismatch, error.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
    }

    [Fact]
    public async Task Save_EmptyFile_IsRefused()
    {
        var store = Store();

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", "empty.pdf", new MemoryStream()));

        Assert.Equal(MediaError.Empty, error.Error);
    }

    [Theory]
    [InlineData("../x.pdf")]
    [InlineData("..%2fx.pdf")]
    [InlineData("..\\x.pdf")]
    [InlineData("/etc/x.pdf")]
    [InlineData("C:\\Windows\\x.pdf")]
    [InlineData("a/../../b.pdf")]
    [InlineData("..")]
    [InlineData(".hidden.pdf")]
    [InlineData("line\nbreak.pdf")]
    [InlineData("nul\0.pdf")]
    [InlineData("CON.pdf")]
    [InlineData("lpt1.pdf")]
    [InlineData("trailing.pdf.")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Save_UnsafeName_IsRefusedAndNothingIsWritten(string name)
    {
        var store = Store();

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync("", name, new MemoryStream(MediaSamples.Pdf())));

        Assert.Equal(MediaError.InvalidName, error.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
        Assert.False(File.Exists(Path.Combine(_contentRoot, "x.pdf")));
        Assert.False(File.Exists(Path.Combine(_contentRoot, "App_Data", "x.pdf")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/../..")]
    [InlineData("/tmp")]
    [InlineData("a\\..\\..")]
    [InlineData("../media-elsewhere")]
    public async Task Save_UnsafeFolder_IsRefused(string folder)
    {
        var store = Store();

        var error = await Assert.ThrowsAsync<MediaValidationException>(() => store.SaveAsync(folder, "x.pdf", new MemoryStream(MediaSamples.Pdf())));

        Assert.Equal(MediaError.InvalidName, error.Error);
    }

    [Theory]
    [InlineData("../appsettings.json")]
    [InlineData("a/../../x.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2fx.pdf")]
    [InlineData("")]
    public void Read_UnsafePath_IsMissing(string path)
    {
        var store = Store();
        File.WriteAllBytes(Path.Combine(_contentRoot.EnsureDirectoryExists(), "x.pdf"), MediaSamples.Pdf());

        var info = store.GetInfo(path);
        var stream = store.OpenRead(path);

        Assert.Null(info);
        Assert.Null(stream);
    }

    [Fact]
    public async Task Save_NameTaken_GetsASuffixAndKeepsTheFirstFile()
    {
        var store = Store();
        var first = MediaSamples.Pdf(700);

        var a = await store.SaveAsync("", "report.pdf", new MemoryStream(first));
        var b = await store.SaveAsync("", "report.pdf", new MemoryStream(MediaSamples.Pdf(800)));
        var c = await store.SaveAsync("", "Report.PDF", new MemoryStream(MediaSamples.Pdf(900)));

        Assert.Equal("report.pdf", a.Path);
        Assert.Equal("report-1.pdf", b.Path);
        Assert.Equal("Report.pdf", c.Path);
        Assert.Equal(first, await File.ReadAllBytesAsync(Path.Combine(store.RootPath, "report.pdf")));
        Assert.Equal(800, store.GetInfo("report-1.pdf")!.Size);
    }

    [Fact]
    public async Task Save_DiskFullMidway_DeletesTheTempFileAndSaysSoClearly()
    {
        var tempFiles = new List<string>();
        var store = new FileSystemMediaStore(new MediaOptions(), _contentRoot, path =>
        {
            tempFiles.Add(path);
            return new FullDiskStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write), failAfter: 100_000);
        });

        var error = await Assert.ThrowsAsync<MediaStorageException>(() => store.SaveAsync("", "big.pdf", new MemoryStream(MediaSamples.Pdf(500_000))));

        Assert.Contains("disk is full", error.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(error.InnerException);
        var temp = Assert.Single(tempFiles);
        Assert.False(File.Exists(temp));
        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
        Assert.Null(store.GetInfo("big.pdf"));
    }

    [Fact]
    public async Task Save_ClientStreamFails_KeepsTheClientsErrorAndLeavesNothing()
    {
        var store = Store();

        await Assert.ThrowsAsync<EndOfStreamException>(() => store.SaveAsync("", "cut.pdf", new BrokenStream(MediaSamples.Pdf(200_000), failAfter: 90_000)));

        Assert.Empty(Directory.EnumerateFileSystemEntries(store.RootPath));
    }

    [Fact]
    public async Task Folders_CreateListAndDelete_WorkInsideTheRoot()
    {
        var store = Store();
        var folder = await store.CreateFolderAsync("", "Сабақтар");
        await store.SaveAsync(folder, "a.png", new MemoryStream(MediaSamples.Png()));
        await store.SaveAsync("", "b.jpg", new MemoryStream(MediaSamples.Jpeg()));

        var root = await store.ListAsync("");
        var inside = await store.ListAsync(folder);
        var notEmpty = await Assert.ThrowsAsync<MediaValidationException>(() => store.DeleteAsync(folder));
        var deletedFile = await store.DeleteAsync("Сабақтар/a.png");
        var deletedFolder = await store.DeleteAsync(folder);
        var missing = await store.DeleteAsync("nothing.pdf");

        Assert.Equal("Сабақтар", folder);
        Assert.Equal(["Сабақтар"], root.Folders.Select(f => f.Path));
        Assert.Equal(["b.jpg"], root.Files.Select(f => f.Path));
        Assert.Equal(["Сабақтар/a.png"], inside.Files.Select(f => f.Path));
        Assert.Equal(MediaError.FolderNotEmpty, notEmpty.Error);
        Assert.True(deletedFile);
        Assert.True(deletedFolder);
        Assert.False(missing);
        Assert.Equal(MediaError.FolderExists, (await Assert.ThrowsAsync<MediaValidationException>(async () =>
        {
            await store.CreateFolderAsync("", "x");
            await store.CreateFolderAsync("", "x");
        })).Error);
    }

    [Fact]
    public async Task List_LeftoverTempAndUnknownFiles_AreNotShownOrServed()
    {
        var store = Store();
        await store.ListAsync("");
        await File.WriteAllTextAsync(Path.Combine(store.RootPath, ".upload-123.tmp"), "partial");
        await File.WriteAllTextAsync(Path.Combine(store.RootPath, "evil.svg"), "<svg onload=alert(1)>");

        var listing = await store.ListAsync("");

        Assert.Empty(listing.Files);
        Assert.Null(store.GetInfo(".upload-123.tmp"));
        Assert.Null(store.GetInfo("evil.svg"));
    }

    [Fact]
    public async Task Delete_UnsafePath_IsRefused()
    {
        var store = Store();

        await Assert.ThrowsAsync<MediaValidationException>(() => store.DeleteAsync("../x.pdf"));
    }

    private FileSystemMediaStore Store(long maxBytes = 20 * 1024 * 1024)
    {
        var store = new FileSystemMediaStore(new MediaOptions { MaxFileBytes = maxBytes }, _contentRoot);
        Directory.CreateDirectory(store.RootPath);
        return store;
    }

    /// <summary>A stream that does not know its length, like a request body sent in chunks.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>Writes through to a file until <c>failAfter</c> bytes, then fails as a full disk does (ENOSPC).</summary>
    private sealed class FullDiskStream(Stream inner, long failAfter) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_written + buffer.Length > failAfter)
            {
                throw new IOException("No space left on device", 28);
            }

            await inner.WriteAsync(buffer, cancellationToken);
            _written += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    /// <summary>A request body whose connection drops after <c>failAfter</c> bytes.</summary>
    private sealed class BrokenStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= failAfter)
            {
                throw new EndOfStreamException("The client disconnected.");
            }

            return await base.ReadAsync(buffer, cancellationToken);
        }
    }
}

internal static class DirectoryTestExtensions
{
    public static string EnsureDirectoryExists(this string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
