using Mektep.Content;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Display;

/// <summary>Reads a part's posted inputs back into the item; validates at the edge.</summary>
public interface IPartEditorBinder
{
    /// <summary>
    /// Applies the inputs under <paramref name="prefix"/> to the part named by <paramref name="definition"/>;
    /// adds messages to <paramref name="errors"/> keyed by input name. Never trusts the form for anything but the part's own values.
    /// </summary>
    void Bind(ContentItem item, ContentTypePartDefinition definition, IFormCollection form, string prefix, IDictionary<string, string> errors);
}
