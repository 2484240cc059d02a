using System.Collections.Frozen;
using Mektep.Content;
using Mektep.Content.Fields;

namespace Mektep.Engine.Content;

/// <summary>The field types an editor can add to a content type.</summary>
public static class FieldTypes
{
    public static readonly FrozenDictionary<string, Type> All = new[]
    {
        typeof(TextField), typeof(NumberField), typeof(BooleanField), typeof(DateTimeField),
        typeof(LinkField), typeof(MediaField), typeof(ContentPickerField),
    }.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static Type? Find(string name) => All.GetValueOrDefault(name);

    public static ContentField Create(string name)
        => (ContentField)Activator.CreateInstance(Find(name) ?? throw new ArgumentException($"Unknown field type '{name}'.", nameof(name)))!;
}
