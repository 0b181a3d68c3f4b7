using Microsoft.AspNetCore.Http.Features;

namespace Rocb.Api.Common.Http;

/// <summary>
/// Refuses a request whose declared body exceeds the limit before reading it (413 ProblemDetails).
/// Kestrel enforces the same limit on bodies without a Content-Length; this also covers other servers.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, long maxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = maxBytes;
        if (context.Request.ContentLength > maxBytes)
            throw new BadHttpRequestException(
                $"The request body is {context.Request.ContentLength} bytes; the limit is {maxBytes}.", StatusCodes.Status413PayloadTooLarge);
        await next(context);
    }
}
