using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Parts;

public sealed class TitlePartBinder : IPartEditorBinder
{
    public const int MaxLength = 300;

    public void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors)
    {
        var key = $"{prefix}.Title";
        var title = form[key].ToString().Trim();
        if (title.Length == 0)
        {
            errors[key] = "A title is required.";
        }
        else if (title.Length > MaxLength)
        {
            errors[key] = $"A title has at most {MaxLength} characters.";
        }

        item.Apply(definition.Name, new TitlePart { Title = title });
    }
}
