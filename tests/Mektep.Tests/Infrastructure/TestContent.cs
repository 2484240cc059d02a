using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Tests.Infrastructure;

/// <summary>A content type the content tests define for themselves: a title and a text body.</summary>
public static class TestContent
{
    public const string Note = "Note";
    public const string Body = "Body";

    public static Task DefineNoteAsync(this IServiceProvider services, string name = Note)
        => services.GetRequiredService<IContentDefinitionManager>()
            .AlterTypeAsync(name, type => type.WithPart(nameof(TitlePart)).WithField(Body, nameof(TextField)));

    public static async Task<ContentItem> NewNoteAsync(this IContentManager content, string title, string? body = null, string type = Note)
    {
        var item = await content.NewAsync(type);
        item.Alter<TitlePart>(t => t.Title = title);
        if (body is not null)
        {
            item.ApplyField(type, Body, new TextField { Text = body });
        }

        return item;
    }

    public static string? BodyOf(this ContentItem item) => item.Field<TextField>(item.ContentType, Body)?.Text;
}
