using Mektep.Content;
using Mektep.Content.Fields;
using Mektep.Content.Metadata;
using Microsoft.AspNetCore.Http;

namespace Mektep.Engine.Components.Fields;

public sealed class BooleanFieldBinder : IFieldBinder
{
    public Task<ContentField> BindAsync(ContentPartFieldDefinition definition, IFormCollection form, string name, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var value = form[name].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
        if (definition.Required && !value)
        {
            errors[name] = "This box must be ticked.";
        }

        return Task.FromResult<ContentField>(new BooleanField { Value = value });
    }
}
