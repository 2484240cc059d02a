using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Mektep.Engine.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Engine.Components.Fields;

/// <summary>The editor, display and binder of each field type.</summary>
public sealed class FieldComponentRegistry
{
    private readonly FrozenDictionary<string, FieldComponents> _components = new Dictionary<string, FieldComponents>
    {
        [nameof(TextField)] = new(typeof(TextFieldEditor), typeof(TextFieldDisplay), typeof(TextFieldBinder)),
        [nameof(NumberField)] = new(typeof(NumberFieldEditor), typeof(NumberFieldDisplay), typeof(NumberFieldBinder)),
        [nameof(BooleanField)] = new(typeof(BooleanFieldEditor), typeof(BooleanFieldDisplay), typeof(BooleanFieldBinder)),
        [nameof(DateTimeField)] = new(typeof(DateTimeFieldEditor), typeof(DateTimeFieldDisplay), typeof(DateTimeFieldBinder)),
        [nameof(LinkField)] = new(typeof(LinkFieldEditor), typeof(LinkFieldDisplay), typeof(LinkFieldBinder)),
        [nameof(MediaField)] = new(typeof(MediaFieldEditor), typeof(MediaFieldDisplay), typeof(MediaFieldBinder)),
        [nameof(ContentPickerField)] = new(typeof(ContentPickerFieldEditor), typeof(ContentPickerFieldDisplay), typeof(ContentPickerFieldBinder)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public FieldComponents? Find(string fieldType) => _components.GetValueOrDefault(fieldType);

    /// <summary>The stored field, or an empty one when the item has none yet; null for an unknown field type.</summary>
    public static ContentField? Read(ContentItem item, string partName, ContentPartFieldDefinition field)
    {
        if (FieldTypes.Find(field.FieldType) is not { } type)
        {
            return null;
        }

        return item.Content[partName]?[field.Name] is JsonObject node
            ? (ContentField?)node.Deserialize(type, ContentJson.Options) ?? FieldTypes.Create(field.FieldType)
            : FieldTypes.Create(field.FieldType);
    }

    /// <summary>The input name of a field: <c>{PartName}.{FieldName}</c>.</summary>
    public static string InputName(string partName, string fieldName) => $"{partName}.{fieldName}";

    internal static void AddBinders(IServiceCollection services)
    {
        services.AddScoped<TextFieldBinder>();
        services.AddScoped<NumberFieldBinder>();
        services.AddScoped<BooleanFieldBinder>();
        services.AddScoped<DateTimeFieldBinder>();
        services.AddScoped<LinkFieldBinder>();
        services.AddScoped<MediaFieldBinder>();
        services.AddScoped<ContentPickerFieldBinder>();
    }
}

/// <summary>The components of one field type.</summary>
public sealed record FieldComponents(Type Editor, Type Display, Type Binder);
