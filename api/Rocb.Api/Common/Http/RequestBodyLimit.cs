using Microsoft.AspNetCore.Http.Features;

namespace Rocb.Api.Common.Http;

/// <summary>
/// Refuses a request whose declared body exceeds the limit before reading it (413 ProblemDetails).
/// Kestrel enforces the same limit on bodies without a Content-Length; this also covers other servers.
/// An endpoint that takes bulk uploads raises its own limit with <see cref="LargeBody"/> metadata.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, long maxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<LargeBody>()?.MaxBytes ?? maxBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
            throw new BadHttpRequestException(
                $"The request body is {context.Request.ContentLength} bytes; the limit is {limit}.", StatusCodes.Status413PayloadTooLarge);
        await next(context);
    }
}

/// <summary>Endpoint metadata: this endpoint accepts bodies up to <paramref name="MaxBytes"/> (e.g. a 100,000-row CSV upload).</summary>
public sealed record LargeBody(long MaxBytes);
