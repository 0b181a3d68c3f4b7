using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Rocb.Api.Common.Spreadsheets;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// The survey spreadsheet, one row per Member and question: member (code), topic (code), implementationStatus, needLevel,
/// preferredDelivery, preferredQuarter, nationalPlanLink, remarks, priority (1..3 or empty); for a custom question leave topic
/// empty and give question (its number in the questionnaire) and customAnswer. CSV (lines starting with # are comments) or XLSX
/// (the first sheet). Headers are matched without regard to case.
/// </summary>
public static class NeedsUploadFormat
{
    public static readonly string[] Columns =
    [
        "member", "topic", "implementationStatus", "needLevel", "preferredDelivery", "preferredQuarter", "nationalPlanLink", "remarks",
        "priority", "question", "customAnswer",
    ];

    /// <summary>A sheet: its header and data rows, each with the row number the user sees (the header is row 1 in a plain file).</summary>
    public sealed record Sheet(int HeaderRow, IReadOnlyList<string> Header, IReadOnlyList<(int Number, IReadOnlyList<string?> Cells)> Rows);

    public static Sheet? ReadCsv(string csv)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null, AllowComments = true, Comment = '#',
            IgnoreBlankLines = true, DetectColumnCountChanges = false,
        };
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), config);
        if (!reader.Read()) return null;
        var headerRow = reader.Parser.RawRow;
        var header = reader.Parser.Record ?? [];
        var rows = new List<(int, IReadOnlyList<string?>)>();
        while (reader.Read())
        {
            var record = reader.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add((reader.Parser.RawRow, record));
        }
        return new Sheet(headerRow, header, rows);
    }

    public static Sheet? ReadXlsx(byte[] bytes)
    {
        var rows = XlsxReader.ReadFirstSheet(bytes);
        if (rows.Count == 0) return null;
        return new Sheet(rows[0].Number, rows[0].Cells.Select(c => c?.Trim() ?? "").ToList(),
            rows.Skip(1).Select(r => (r.Number, (IReadOnlyList<string?>)r.Cells.Select(c => c?.Trim()).ToList())).ToList());
    }
}
