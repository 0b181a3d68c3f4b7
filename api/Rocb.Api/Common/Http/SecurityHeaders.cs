namespace Rocb.Api.Common.Http;

/// <summary>Security headers on every response. The CSP fits the SPA (own scripts and styles only) and Swagger UI.</summary>
public sealed class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!environment.IsDevelopment())
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        return next(context);
    }
}
