using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>The upload template of a cycle: the header, and a row per Member asked and question with member and topic (or question) filled in.</summary>
public sealed record GetNeedsUploadTemplate(int CycleId, string Format) : IQuery<NeedsTemplateFile>;

public sealed record NeedsTemplateFile(string FileName, string ContentType, byte[] Content);

public sealed class GetNeedsUploadTemplateValidator : AbstractValidator<GetNeedsUploadTemplate>
{
    public GetNeedsUploadTemplateValidator() =>
        RuleFor(q => q.Format).Must(f => f is "csv" or "xlsx").WithMessage("format is csv or xlsx.");
}

internal sealed class GetNeedsUploadTemplateHandler(RocbDbContext db) : IRequestHandler<GetNeedsUploadTemplate, NeedsTemplateFile>
{
    public async Task<NeedsTemplateFile> Handle(GetNeedsUploadTemplate request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        var questions = await db.NeedsQuestions.AsNoTracking().Where(q => q.CycleId == cycle.Id).OrderBy(q => q.Position)
            .Select(q => new { q.Position, q.Kind, TopicCode = q.Topic == null ? null : q.Topic.Code }).ToListAsync(cancellationToken);
        var members = (await NeedsCycleQueries.MembersAsync(db, cycle.Id, cancellationToken)).Select(m => m.Code).ToList();
        var rows = members.SelectMany(code => questions.Select(q => new[]
        {
            code, q.TopicCode ?? "", "", "", "", "", "", "", "", q.Kind == NeedsQuestionKind.Custom ? q.Position.ToString(CultureInfo.InvariantCulture) : "", "",
        })).ToList();
        var name = $"needs-cycle-{cycle.Id}-template";
        return request.Format == "xlsx"
            ? new NeedsTemplateFile($"{name}.xlsx", Common.Spreadsheets.XlsxReader.ContentType, Xlsx(NeedsUploadFormat.Columns, rows, ReadMe(cycle)))
            : new NeedsTemplateFile($"{name}.csv", CsvBody.ContentType, Encoding.UTF8.GetBytes(Csv(NeedsUploadFormat.Columns, rows)));
    }

    private static string[][] ReadMe(NeedsCycle cycle) =>
    [
        ["Needs survey upload template", cycle.Name],
        ["Rows", "One per Member and question. Rows left without answers are skipped."],
        ["member", "The Member's code (as filled in)."],
        ["topic", "The topic's code (as filled in); empty for a custom question, which has its number in column question."],
        ["implementationStatus", KebabEnum.Names<ImplementationStatus>()],
        ["needLevel", "0 none, 1 low, 2 medium, 3 high"],
        ["preferredDelivery", KebabEnum.Names<PreferredDelivery>()],
        ["preferredQuarter", "1 Jul–Sep, 2 Oct–Dec, 3 Jan–Mar, 4 Apr–Jun (fiscal year); may be empty"],
        ["nationalPlanLink", "Link to the national strategy or plan (optional)"],
        ["remarks", "Optional"],
        ["priority", "1, 2 or 3 on the Member's top three topics; empty otherwise"],
        ["customAnswer", "The answer to a custom question"],
        ["Upload", "Submitted responses must be complete (every topic: status and need level, a delivery where help is needed, a priority); use status=draft for partial ones."],
    ];

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var field in header) csv.WriteField(field);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(field);
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }

    /// <summary>A workbook with the responses sheet first (the one the upload reads) and a read-me sheet with the scales.</summary>
    private static byte[] Xlsx(string[] header, IReadOnlyList<string[]> rows, string[][] readMe)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "responses", [header, .. rows]);
            AddSheet(workbook, sheets, 2, "read me", readMe);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 0;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = ++number };
            foreach (var value in values)
                row.AppendChild(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            data.AppendChild(row);
        }
        part.Worksheet = new Worksheet(data);
        part.Worksheet.Save();
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
