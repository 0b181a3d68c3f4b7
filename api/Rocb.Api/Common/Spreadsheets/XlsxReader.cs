using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rocb.Api.Common.Spreadsheets;

/// <summary>Thrown when a file is not a readable XLSX workbook (answered as 400 by the caller).</summary>
public sealed class XlsxFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads the first worksheet of an XLSX workbook as rows of text cells (what a user typed or Excel stored: shared strings,
/// inline strings, numbers in invariant culture, booleans as TRUE/FALSE). Formulas give their cached value. Row numbers are
/// the sheet's own (1-based), so problems can name the row the user sees; blank rows are skipped.
/// </summary>
public static class XlsxReader
{
    public sealed record Row(int Number, IReadOnlyList<string?> Cells);

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static List<Row> ReadFirstSheet(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new XlsxFormatException("The workbook has no sheets.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new XlsxFormatException("The workbook has no sheets.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];

            var rows = new List<Row>();
            var next = 1;
            foreach (var row in part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>())
            {
                var number = row.RowIndex?.Value is { } index ? (int)index : next;
                next = number + 1;
                var cells = new List<string?>();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    if (cell.CellReference?.Value is { } reference) column = ColumnIndex(reference);
                    while (cells.Count < column) cells.Add(null);
                    cells.Add(Text(cell, shared));
                    column = cells.Count;
                }
                if (cells.Any(c => !string.IsNullOrWhiteSpace(c))) rows.Add(new Row(number, cells));
            }
            return rows;
        }
        catch (XlsxFormatException) { throw; }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException
                                      or ArgumentException or IOException or KeyNotFoundException)
        {
            throw new XlsxFormatException("The file is not a readable XLSX workbook.", e);
        }
    }

    /// <summary>"C7" → 2 (0-based column).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    private static string? Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var value = cell.CellValue?.InnerText;
        if (value is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : null;
        if (cell.DataType?.Value == CellValues.Boolean) return value == "1" ? "TRUE" : "FALSE";
        // Numbers: Excel stores 3 as "3" (or "3.0000000000000004" after arithmetic); give whole numbers without decimals.
        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d - Math.Round(d)) < 1e-9
                ? Math.Round(d).ToString(CultureInfo.InvariantCulture) : value;
        return value;
    }
}
