using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rocb.Api.Common.Spreadsheets;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>The XLSX reader on workbooks as Excel writes them: shared strings, cell references with gaps, numbers, blank rows.</summary>
public sealed class XlsxReaderTests
{
    [Fact]
    public void Reads_shared_strings_numbers_booleans_and_gaps_by_cell_reference()
    {
        var bytes = Workbook(shared: ["member", "topic", "TH", "rkc"], rows:
        [
            (1, [Shared("A1", 0), Shared("B1", 1), Inline("D1", "needLevel")]),
            (2, [Shared("A2", 2), Shared("B2", 3), Number("D2", "3"), Number("E2", "2.0000000000000004"), Number("F2", "2.5")]),
            (4, [Inline("A4", " "), Boolean("C4", "1")]), // blank text but a TRUE: kept
            (5, [Inline("B5", "   ")]),                  // blank row: skipped
        ]);
        var rows = XlsxReader.ReadFirstSheet(bytes);
        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
        Assert.Equal(["member", "topic", null, "needLevel"], rows[0].Cells);
        Assert.Equal(["TH", "rkc", null, "3", "2", "2.5"], rows[1].Cells);
        Assert.Equal([" ", null, "TRUE"], rows[2].Cells);
    }

    [Fact]
    public void Something_that_is_not_a_workbook_is_a_format_error()
    {
        Assert.Throws<XlsxFormatException>(() => XlsxReader.ReadFirstSheet("member,topic\nTH,rkc"u8.ToArray()));
        Assert.Throws<XlsxFormatException>(() => XlsxReader.ReadFirstSheet([]));
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("K7", 10)]
    [InlineData("Z3", 25)]
    [InlineData("AA10", 26)]
    public void Column_letters_give_the_column(string reference, int index) => Assert.Equal(index, XlsxReader.ColumnIndex(reference));

    private static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString()) };
    private static Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
    private static Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new CellValue(value) };
    private static Cell Boolean(string reference, string value) => new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value) };

    private static byte[] Workbook(string[] shared, (uint Row, Cell[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows.Select(r => new Row(r.Cells) { RowIndex = r.Row })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "responses" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
