using Mektep.Content;

namespace Mektep.TestModule.Indexes;

/// <summary>One row per indexed version of a <c>TestWidget</c>: proves a module's index table follows the content store.</summary>
public sealed class TestWidgetIndex : ContentIndex
{
    public const string ContentType = "TestWidget";

    public string Title { get; set; } = "";
}
