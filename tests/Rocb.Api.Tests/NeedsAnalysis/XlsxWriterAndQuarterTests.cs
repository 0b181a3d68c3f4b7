using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rocb.Api.Common.Spreadsheets;
using Rocb.Api.Features.NeedsAnalysis;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>The workbook writer and the fiscal quarters of the draft work plan (no database).</summary>
public sealed class XlsxWriterAndQuarterTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_like_a_spreadsheet(int column, string name) => Assert.Equal(name, XlsxWriter.ColumnName(column));

    [Fact]
    public void A_workbook_reads_back_with_numbers_as_numbers_text_as_text_and_safe_sheet_names()
    {
        var bytes = new XlsxWriter()
            .Sheet("Demand: SEA/PI [draft]", ["topic", "members", "ratio", "note"], [["aeo", 3, 1.5m, null], ["hs\u0001", 0, 2.25m, "line\nbreak"]])
            .ToBytes();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Demand  SEA PI  draft", sheet.Name!.Value);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();
        Assert.Equal(("A2", "aeo"), (cells[0].CellReference!.Value, cells[0].InlineString!.InnerText));
        Assert.Equal((CellValues.Number, "3"), (cells[1].DataType!.Value, cells[1].CellValue!.Text));
        Assert.Equal("1.5", cells[2].CellValue!.Text);
        Assert.Null(cells[3].CellValue);
        Assert.Equal("hs", rows[2].Elements<Cell>().First().InlineString!.InnerText); // a control character would break the file
        Assert.Equal("line\nbreak", rows[2].Elements<Cell>().Last().InlineString!.InnerText);
    }

    [Theory]
    [InlineData(2027, 1, "2027-07-01", "2027-09-30")]
    [InlineData(2027, 2, "2027-10-01", "2027-12-31")]
    [InlineData(2027, 3, "2028-01-01", "2028-03-31")]
    [InlineData(2027, 4, "2028-04-01", "2028-06-30")]
    public void Fiscal_quarters_run_july_to_june(int fiscalYear, int quarter, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), WorkPlanDrafts.QuarterDates(fiscalYear, quarter));
}
