namespace Rocb.Api.Common.Hosting;

/// <summary>
/// Absolute links to SPA pages, for messages read outside the app (e-mail). The base is <c>Rocb:PublicBaseUrl</c>
/// (<c>Rocb__PublicBaseUrl</c>, e.g. https://rocb.example.org); unset, the origin of the current request, which is right
/// unless a proxy rewrites the host.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string To(string path)
    {
        var configured = configuration["Rocb:PublicBaseUrl"];
        var request = accessor.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(configured) ? configured
            : request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return origin.TrimEnd('/') + "/" + path.TrimStart('/');
    }
}
