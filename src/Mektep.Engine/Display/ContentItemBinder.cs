using Mektep.Content;
using Mektep.Content.Metadata;
using Mektep.Display;
using Mektep.Engine.Components.Fields;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Display;

/// <summary>
/// Applies a posted editor form to an item: each part through its registered binder, each field through its
/// field type's binder. Only part and field values are read; ids, owner, culture and type stay the server's.
/// </summary>
public sealed class ContentItemBinder(PartComponentRegistry parts, FieldComponentRegistry fields, IServiceProvider services)
{
    public async Task<Dictionary<string, string>> BindAsync(ContentItem item, ContentTypeDefinition type, IFormCollection form, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in type.Parts)
        {
            if (parts.Editor(part.PartName) is { } editor)
            {
                var binder = (IPartEditorBinder)services.GetRequiredService(editor.Binder);
                binder.Bind(item, part, form, part.Name, errors);
            }

            foreach (var field in part.Fields)
            {
                if (fields.Find(field.FieldType) is not { } components)
                {
                    continue;
                }

                var binder = (IFieldBinder)services.GetRequiredService(components.Binder);
                var value = await binder.BindAsync(field, form, FieldComponentRegistry.InputName(part.Name, field.Name), errors, cancellationToken);
                item.ApplyField(part.Name, field.Name, value);
            }
        }

        return errors;
    }
}
