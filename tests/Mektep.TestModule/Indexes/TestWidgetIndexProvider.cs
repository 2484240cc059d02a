using Mektep.Content;

namespace Mektep.TestModule.Indexes;

public sealed class TestWidgetIndexProvider : ContentIndexProvider<TestWidgetIndex>
{
    public override IEnumerable<TestWidgetIndex> Map(ContentItem item)
        => item.ContentType == TestWidgetIndex.ContentType ? [new TestWidgetIndex { Title = item.DisplayText }] : [];
}
