using Mektep.Content;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

/// <summary>Reads a field's posted inputs back into a field value; validates at the edge.</summary>
public interface IFieldBinder
{
    /// <summary>
    /// The field read from the inputs named <paramref name="name"/> (and its sub-names); messages go into
    /// <paramref name="errors"/> under <paramref name="name"/>.
    /// </summary>
    Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken);
}
