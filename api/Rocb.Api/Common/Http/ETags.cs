using FluentValidation;
using FluentValidation.Results;
using Microsoft.Net.Http.Headers;

namespace Rocb.Api.Common.Http;

/// <summary>
/// Optimistic concurrency over HTTP: a record's version (PostgreSQL xmin) travels as a strong ETag;
/// an update or delete may send it back in If-Match and gets 412 if the record has changed since.
/// </summary>
public static class ETags
{
    public static string Format(string version) => $"\"{version}\"";

    /// <summary>The version named by If-Match, or null when the header is absent or "*".</summary>
    public static uint? ParseIfMatch(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        if (EntityTagHeaderValue.TryParse(header.Trim(), out var tag) && !tag.IsWeak
            && uint.TryParse(tag.Tag.AsSpan().Trim('"'), out var version))
            return version;
        throw new ValidationException([new ValidationFailure("If-Match",
            "If-Match must be the ETag of the record as you read it, e.g. \"12345\" (with the quotes).")]);
    }

    public static void Set(HttpResponse response, string version) => response.Headers.ETag = Format(version);
}
