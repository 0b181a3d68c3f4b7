using System.Text;
using Rocb.Api.Common.Http;

namespace Rocb.Api.Common.Spreadsheets;

/// <summary>An upload that is either CSV (text/csv) or an XLSX workbook, told apart by its Content-Type.</summary>
public static class SpreadsheetBody
{
    /// <summary>Marks an endpoint whose body is CSV or XLSX (documented in OpenAPI; the type is checked after authorization).</summary>
    public sealed record RequestBody;

    public sealed record Upload(string? Csv, byte[]? Xlsx);

    public static async Task<Upload> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        using var buffer = new MemoryStream();
        if (string.Equals(type, CsvBody.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            await request.Body.CopyToAsync(buffer, ct);
            return new Upload(Encoding.UTF8.GetString(buffer.ToArray()), null);
        }
        if (string.Equals(type, XlsxReader.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            await request.Body.CopyToAsync(buffer, ct);
            return new Upload(null, buffer.ToArray());
        }
        throw new BadHttpRequestException($"Send the spreadsheet as {CsvBody.ContentType} or {XlsxReader.ContentType}.",
            StatusCodes.Status415UnsupportedMediaType);
    }
}
