namespace Mektep.Engine.Components.Pages.Admin.ContentTypes;

/// <summary>
/// Ids of the content type editor's forms. Buttons in the part and field lists point at them with the
/// <c>form</c> attribute, so one form per action kind serves every row.
/// </summary>
public static class ContentTypeForms
{
    public const string PartMove = "part-move";
    public const string PartRemove = "part-remove";
    public const string FieldMove = "field-move";
    public const string FieldRemove = "field-remove";

    /// <summary>The posted field name of a row's target (the form model's <c>Target</c>).</summary>
    public const string Target = "Input.Target";

    /// <summary>The posted field name of a removal confirmation.</summary>
    public const string Confirm = "Input.Confirm";

    /// <summary>The English label of a field type (a localization key).</summary>
    public static string FieldTypeLabel(string fieldType) => fieldType switch
    {
        "TextField" => "Text",
        "NumberField" => "Number",
        "BooleanField" => "Yes/no",
        "DateTimeField" => "Date and time",
        "LinkField" => "Link",
        "MediaField" => "Media",
        "ContentPickerField" => "Content picker",
        _ => fieldType,
    };

    public static string List => "/admin/content-types";

    public static string Edit(string type) => $"/admin/content-types/{Uri.EscapeDataString(type)}";

    public static string EditField(string type, string field) => $"{Edit(type)}/fields/{Uri.EscapeDataString(field)}";
}
