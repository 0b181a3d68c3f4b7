using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>Milestone statuses as CSV: one row per status, the same columns as the JSON rows.</summary>
public static class MilestoneStatusCsv
{
    public sealed class Row
    {
        public string MemberCode { get; set; } = "";
        public string PlanCode { get; set; } = "";
        public string? MilestoneCode { get; set; }
        public string? TopicCode { get; set; }
        public string Status { get; set; } = "";
        public string EffectiveOn { get; set; } = "";
        public string? Evidence { get; set; }
        public string? EvidenceLink { get; set; }
        public string? Source { get; set; }
        public string? NotApplicableReason { get; set; }
        public string? Note { get; set; }
    }

    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Replace("_", "").ToLowerInvariant(),
        HeaderValidated = null,
        MissingFieldFound = null,
    };

    public static string Write(IEnumerable<Row> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, Config);
        csv.WriteRecords(rows);
        return writer.ToString();
    }

    public static (MilestoneStatusFile? File, List<ImportProblemDto> Problems) Read(string text)
    {
        var problems = new List<ImportProblemDto>();
        List<Row> rows;
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, Config);
            rows = csv.GetRecords<Row>().ToList();
        }
        catch (Exception e) when (e is CsvHelperException or BadDataException)
        {
            return (null, [new ImportProblemDto("csv", null, $"The CSV cannot be read: {e.Message.Split('\n')[0]}")]);
        }
        var statuses = new List<MilestoneStatusRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (!KebabEnum.TryParse<MilestoneStatus>(r.Status, out var status))
                problems.Add(new ImportProblemDto($"statuses[{i}].status", i + 1, $"'{r.Status}' is not one of: {KebabEnum.Names<MilestoneStatus>()}."));
            if (!DateOnly.TryParseExact(r.EffectiveOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
                problems.Add(new ImportProblemDto($"statuses[{i}].effectiveOn", i + 1, $"'{r.EffectiveOn}' is not a date (YYYY-MM-DD)."));
            statuses.Add(new MilestoneStatusRow
            {
                MemberCode = r.MemberCode.Trim(), PlanCode = r.PlanCode.Trim(), MilestoneCode = Blank(r.MilestoneCode), TopicCode = Blank(r.TopicCode),
                Status = status, EffectiveOn = effective, Evidence = Blank(r.Evidence), EvidenceLink = Blank(r.EvidenceLink), Source = Blank(r.Source),
                NotApplicableReason = Blank(r.NotApplicableReason), Note = Blank(r.Note),
            });
        }
        return (new MilestoneStatusFile { Statuses = statuses }, problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Imports statuses from CSV (see <see cref="ImportMilestoneStatuses"/> for the rules).</summary>
public sealed record ImportMilestoneStatusesCsv(string Csv, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportMilestoneStatusesCsvHandler(IMediator mediator) : IRequestHandler<ImportMilestoneStatusesCsv, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportMilestoneStatusesCsv request, CancellationToken cancellationToken)
    {
        var (file, problems) = MilestoneStatusCsv.Read(request.Csv);
        if (file is null || problems.Count > 0) return new ImportReportDto(request.DryRun, false, problems, new Dictionary<string, int>());
        return await mediator.Send(new ImportMilestoneStatuses(file, request.DryRun), cancellationToken);
    }
}

/// <summary>The approved statuses of a plan's milestones as CSV, in the import format (export → edit → import).</summary>
public sealed record ExportMilestoneStatusesCsv(int PlanId) : IQuery<string>;

internal sealed class ExportMilestoneStatusesCsvHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<ExportMilestoneStatusesCsv, string>
{
    public async Task<string> Handle(ExportMilestoneStatusesCsv request, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == request.PlanId, cancellationToken)) throw new Common.Errors.NotFoundException("Plan", request.PlanId);
        var rows = await db.MilestoneStatusRecords.AsNoTracking().Visible(user)
            .Where(r => r.Milestone.PlanId == request.PlanId && r.State == ReviewState.Approved)
            .OrderBy(r => r.Member.Code).ThenBy(r => r.Milestone.Code).ThenBy(r => r.EffectiveOn)
            .Select(r => new { Member = r.Member.Code, Plan = r.Milestone.Plan.Code, Milestone = r.Milestone.Code, r.Status, r.EffectiveOn,
                r.Evidence, r.EvidenceLink, r.SourceDocument, r.NotApplicableReason })
            .ToListAsync(cancellationToken);
        return MilestoneStatusCsv.Write(rows.Select(r => new MilestoneStatusCsv.Row
        {
            MemberCode = r.Member, PlanCode = r.Plan, MilestoneCode = r.Milestone, Status = KebabEnum.Name(r.Status),
            EffectiveOn = r.EffectiveOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Evidence = r.Evidence,
            EvidenceLink = r.EvidenceLink, Source = r.SourceDocument, NotApplicableReason = r.NotApplicableReason,
        }));
    }
}
