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
using static Rocb.Api.Common.Text.TextInput;

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
                MemberCode = r.MemberCode.Trim(), PlanCode = r.PlanCode.Trim(), MilestoneCode = Clean(r.MilestoneCode), TopicCode = Clean(r.TopicCode),
                Status = status, EffectiveOn = effective, Evidence = Clean(r.Evidence), EvidenceLink = Clean(r.EvidenceLink), Source = Clean(r.Source),
                NotApplicableReason = Clean(r.NotApplicableReason), Note = Clean(r.Note),
            });
        }
        return (new MilestoneStatusFile { Statuses = statuses }, problems);
    }
}
