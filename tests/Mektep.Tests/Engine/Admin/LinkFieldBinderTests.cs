using Mektep.Engine.Components.Fields;

namespace Mektep.Tests.Engine.Admin;

public sealed class LinkFieldBinderTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org", true)]
    [InlineData("/courses/1", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("ftp://example.org", false)]
    public void IsSafe_Url_AcceptsOnlyHttpAndSiteRelative(string url, bool expected)
    {
        var safe = LinkFieldBinder.IsSafe(url);

        Assert.Equal(expected, safe);
    }

    [Theory]
    [InlineData("images/a.jpg", true)]
    [InlineData("../etc/passwd", false)]
    [InlineData("a/../../b", false)]
    [InlineData("/absolute.png", false)]
    [InlineData("https://example.org/a.png", false)]
    public void MediaIsSafe_Path_AcceptsOnlyRelativeLibraryPaths(string path, bool expected)
    {
        var safe = MediaFieldBinder.IsSafe(path);

        Assert.Equal(expected, safe);
    }
}
