using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rocb.Api.Common.Spreadsheets;

/// <summary>
/// Writes a simple workbook (DocumentFormat.OpenXml): one sheet per table, a bold header row, text as inline strings and
/// numbers as numbers, so that Excel and LibreOffice open it and sum the figures.
/// </summary>
public sealed class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly List<(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)> _sheets = [];

    /// <summary>Adds a sheet. Cell values: null (empty), numbers (int, long, decimal, double) or anything else as text.</summary>
    public XlsxWriter Sheet(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        _sheets.Add((SheetName(name), header, rows.ToList()));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, header, rows) in _sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.AppendChild(Row(1, header.Cast<object?>().ToList(), bold: true));
                uint index = 2;
                foreach (var row in rows) data.AppendChild(Row(index++, row, bold: false));
                worksheetPart.Worksheet = new Worksheet(data);
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = name });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool bold)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = ColumnName(c) + index;
            var cell = values[c] switch
            {
                null => new Cell { CellReference = reference },
                int or long or decimal or double or float or short => new Cell
                {
                    CellReference = reference, DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(values[c], System.Globalization.CultureInfo.InvariantCulture)!),
                },
                var v => new Cell
                {
                    CellReference = reference, DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""))
                        { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (bold) cell.StyleIndex = 1;
            row.AppendChild(cell);
        }
        return row;
    }

    /// <summary>A, B, … Z, AA, AB … for a zero-based column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // XML 1.0 cannot carry most control characters; a spreadsheet cell would make the file unreadable.
    private static string Clean(string text) =>
        text.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r')) ? new string(text.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray()) : text;

    // Excel: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch) ? ' ' : ch).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet" : clean;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
