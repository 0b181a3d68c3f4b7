using System.Text.Json;
using FluentValidation.Results;

namespace Rocb.Api.Common.Errors;

/// <summary>Groups validation failures by camelCase field path (e.g. "subRegionId", "items[0].name").</summary>
public static class FieldErrors
{
    public static Dictionary<string, string[]> From(IEnumerable<ValidationFailure> failures) =>
        failures
            .GroupBy(f => FieldPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    public static string FieldPath(string propertyPath) =>
        propertyPath.Contains('-') // a header such as If-Match keeps its own name
            ? propertyPath
            : string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
