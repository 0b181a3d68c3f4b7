namespace Rocb.Api.Common.Http;

/// <summary>CSV travels as text/csv, in and out.</summary>
public static class CsvBody
{
    public const string ContentType = "text/csv";

    /// <summary>
    /// Marks an endpoint whose body is CSV. (Not Accepts(): that makes routing answer 415 before authorization,
    /// so an anonymous caller would learn the content type instead of getting 401. The type is checked after it.)
    /// </summary>
    public sealed record RequestBody;

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), ContentType, StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException("Send the CSV with Content-Type: text/csv.", StatusCodes.Status415UnsupportedMediaType);
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    public static IResult File(string csv, string name) =>
        TypedResults.Text(csv, $"{ContentType}; charset=utf-8").WithDownloadName(name);

    private static IResult WithDownloadName(this IResult result, string name) => new Download(result, name);

    private sealed class Download(IResult inner, string name) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
