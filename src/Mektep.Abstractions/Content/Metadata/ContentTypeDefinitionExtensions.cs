namespace Mektep.Content.Metadata;

/// <summary>Fluent helpers for building and changing type definitions in migrations and the admin.</summary>
public static class ContentTypeDefinitionExtensions
{
    /// <summary>Adds a part (or keeps it when present) and returns the type.</summary>
    public static ContentTypeDefinition WithPart(this ContentTypeDefinition type, string partName, Action<ContentTypePartDefinition>? configure = null)
        => type.WithPart(partName, partName, configure);

    /// <summary>Adds a named part of a part type (or keeps it when present) and returns the type.</summary>
    public static ContentTypeDefinition WithPart(this ContentTypeDefinition type, string name, string partName, Action<ContentTypePartDefinition>? configure = null)
    {
        var part = type.Parts.FirstOrDefault(p => p.Name == name);
        if (part is null)
        {
            part = new ContentTypePartDefinition { Name = name, PartName = partName };
            type.Parts.Add(part);
        }

        configure?.Invoke(part);
        return type;
    }

    /// <summary>Adds or changes a field of the type's own part (created on first use).</summary>
    public static ContentTypeDefinition WithField(this ContentTypeDefinition type, string fieldName, string fieldType, Action<ContentPartFieldDefinition>? configure = null)
    {
        ValidateName(fieldName);
        type.WithPart(type.Name, nameof(ContentFieldsPart));
        var own = type.OwnPart!;
        var field = own.Fields.FirstOrDefault(f => f.Name == fieldName);
        if (field is null)
        {
            field = new ContentPartFieldDefinition { Name = fieldName, FieldType = fieldType, DisplayName = fieldName };
            own.Fields.Add(field);
        }
        else if (field.FieldType != fieldType)
        {
            throw new InvalidOperationException($"Field '{fieldName}' of type '{type.Name}' is a {field.FieldType}; it cannot become a {fieldType}.");
        }

        configure?.Invoke(field);
        return type;
    }

    /// <summary>Removes a field of the type's own part. Stored values stay in old items but are no longer shown.</summary>
    public static ContentTypeDefinition RemoveField(this ContentTypeDefinition type, string fieldName)
    {
        type.OwnPart?.Fields.RemoveAll(f => f.Name == fieldName);
        return type;
    }

    /// <summary>Puts the type's own fields in the given order; names not listed keep their relative order after the listed ones.</summary>
    public static ContentTypeDefinition ReorderFields(this ContentTypeDefinition type, IEnumerable<string> order)
    {
        var own = type.OwnPart;
        if (own is null)
        {
            return type;
        }

        var rank = order.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        own.Fields = [.. own.Fields.Select((f, i) => (f, i)).OrderBy(x => rank.GetValueOrDefault(x.f.Name, int.MaxValue)).ThenBy(x => x.i).Select(x => x.f)];
        return type;
    }

    /// <summary>Puts the parts in the given order.</summary>
    public static ContentTypeDefinition ReorderParts(this ContentTypeDefinition type, IEnumerable<string> order)
    {
        var rank = order.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        type.Parts = [.. type.Parts.Select((p, i) => (p, i)).OrderBy(x => rank.GetValueOrDefault(x.p.Name, int.MaxValue)).ThenBy(x => x.i).Select(x => x.p)];
        return type;
    }

    /// <summary>Technical names are letters, digits and underscores, starting with a letter.</summary>
    public static void ValidateName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{name}' is not a valid technical name: use Latin letters, digits and underscores, starting with a letter (at most 64).", nameof(name));
        }
    }
}
