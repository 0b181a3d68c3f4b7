using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

/// <summary>A year of activities as transcribed from a report (the format of Persistence/Seed/activities-2019-20.json).</summary>
public sealed record ActivityFile
{
    public string? Description { get; init; }
    public string? FiscalYear { get; init; }
    public IReadOnlyList<ActivityRecord> Activities { get; init; } = [];
    /// <summary>The accredited experts the report names per activity ("Diagram 2"): origins only, never names. Read by the expert seed.</summary>
    public IReadOnlyList<ExpertMobilisationRecord> ExpertMobilisation { get; init; } = [];
}

/// <summary>One line of the report's expert mobilisation: how many accredited experts from which administration went to which activity.</summary>
public sealed record ExpertMobilisationRecord(string ActivityKey, string Administration, string? MemberCode, string Origin, int Count, string? Source, string? Note);

public sealed record ActivityParticipantsRecord(int? Total, int? MemberCount, string? Note);

public sealed record ActivityRecord
{
    /// <summary>Stable key (e.g. fy1920-007): an activity already imported with it is left as it is.</summary>
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    public string Type { get; init; } = "";
    public IReadOnlyList<string> TopicCodes { get; init; } = [];
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string DatePrecision { get; init; } = "day";
    public string? Venue { get; init; }
    public string? HostMemberCode { get; init; }
    public string Mode { get; init; } = "in-person";
    public string RocbRole { get; init; } = "organised";
    public IReadOnlyList<string> Sponsors { get; init; } = [];
    public string? Funding { get; init; }
    public IReadOnlyList<string> Partners { get; init; } = [];
    public IReadOnlyList<string> BeneficiaryMemberCodes { get; init; } = [];
    public string Status { get; init; } = "delivered";
    public string? StatusReason { get; init; }
    public IReadOnlyList<ActionRefData> ActionRefs { get; init; } = [];
    /// <summary>Totals as the report gives them; gender was not recorded, so they count as "not recorded".</summary>
    public ActivityParticipantsRecord? Participants { get; init; }
    public IReadOnlyList<ActivityStaffDto> Staff { get; init; } = [];
    public string? Source { get; init; }
    public string? Note { get; init; }
    public string? LinkNote { get; init; }
}

/// <summary>
/// Imports activities (with their participant totals) from the transcription format. A dry run reports problems per
/// row and writes nothing; otherwise all rows are written or none. Rows whose key was imported before are skipped.
/// </summary>
public sealed record ImportActivities(ActivityFile File, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportActivitiesHandler(RocbDbContext db) : IRequestHandler<ImportActivities, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportActivities request, CancellationToken cancellationToken)
    {
        var members = await db.Members.ToDictionaryAsync(m => m.Code, cancellationToken);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Code, cancellationToken);
        var actions = await db.SpecificActions.Include(a => a.Pillar).ThenInclude(p => p.Plan).ToListAsync(cancellationToken);
        var known = await db.Activities.Where(a => a.Reference != null).Select(a => a.Reference!).ToHashSetAsync(cancellationToken);
        var problems = new List<ImportProblemDto>();
        var keys = new HashSet<string>();
        var created = new List<Activity>();
        var skipped = 0;

        for (var i = 0; i < request.File.Activities.Count; i++)
        {
            var row = request.File.Activities[i];
            var at = $"activities[{i}]";
            void Problem(string field, string message) => problems.Add(new ImportProblemDto($"{at}.{field}", i + 1, message));
            if (string.IsNullOrWhiteSpace(row.Key)) Problem("key", "Every activity needs a key.");
            else if (!keys.Add(row.Key)) Problem("key", $"The key {row.Key} is used twice.");
            if (string.IsNullOrWhiteSpace(row.Title)) Problem("title", "The activity needs a title.");
            if (!KebabEnum.TryParse<ActivityType>(row.Type, out var type)) Problem("type", $"type must be one of: {KebabEnum.Names<ActivityType>()}.");
            if (!KebabEnum.TryParse<ActivityStatus>(row.Status, out var status)) Problem("status", $"status must be one of: {KebabEnum.Names<ActivityStatus>()}.");
            if (!KebabEnum.TryParse<ActivityMode>(row.Mode, out var mode)) Problem("mode", $"mode must be one of: {KebabEnum.Names<ActivityMode>()}.");
            if (!KebabEnum.TryParse<RocbInvolvement>(row.RocbRole, out var role)) Problem("rocbRole", $"rocbRole must be one of: {KebabEnum.Names<RocbInvolvement>()}.");
            if (!KebabEnum.TryParse<DatePrecision>(row.DatePrecision, out var precision)) Problem("datePrecision", "datePrecision must be day, month or quarter.");
            if (row.StartsOn is { } s && row.EndsOn is { } e && e < s) Problem("endsOn", "The activity must not end before it starts.");
            if (row.HostMemberCode is not null && !members.ContainsKey(row.HostMemberCode)) Problem("hostMemberCode", $"Unknown Member '{row.HostMemberCode}'.");
            foreach (var code in row.BeneficiaryMemberCodes.Where(c => !members.ContainsKey(c))) Problem("beneficiaryMemberCodes", $"Unknown Member '{code}'.");
            foreach (var code in row.TopicCodes.Where(c => !topics.ContainsKey(c))) Problem("topicCodes", $"Unknown topic '{code}'.");
            if (row.Participants?.Total is < 0) Problem("participants.total", "Counts must not be negative.");
            var linked = new List<Domain.Plans.SpecificAction>();
            foreach (var r in row.ActionRefs)
            {
                var action = actions.FirstOrDefault(a => a.Pillar.Plan.Code == r.PlanCode && a.Pillar.Number == r.Pillar && a.Code == r.Action);
                if (action is null) Problem("actionRefs", $"There is no action {r.Pillar}-{r.Action} in plan {r.PlanCode}.");
                else if (row.StartsOn is { } start && (start < action.Pillar.Plan.StartsOn || (row.EndsOn ?? start) > action.Pillar.Plan.EndsOn))
                    Problem("actionRefs", $"{r.PlanCode} does not cover the activity's dates.");
                else linked.Add(action);
            }
            if (problems.Count > 0 || known.Contains(row.Key))
            {
                if (known.Contains(row.Key)) skipped++;
                continue;
            }
            var activity = new Activity
            {
                Reference = row.Key.Trim(), Title = row.Title.Trim(), Type = type, Status = status, StatusReason = row.StatusReason,
                StartsOn = row.StartsOn, EndsOn = row.EndsOn, DatePrecision = precision, Venue = row.Venue,
                HostMember = row.HostMemberCode is null ? null : members[row.HostMemberCode], Mode = mode, RocbRole = role,
                Sponsors = Join(row.Sponsors), Partners = Join(row.Partners), Funding = row.Funding, Source = row.Source,
                Note = string.Join(" ", new[] { row.Note, row.LinkNote }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } note ? note : null,
                Members = row.BeneficiaryMemberCodes.Distinct().Select(c => members[c]).ToList(),
                Topics = row.TopicCodes.Distinct().Select(c => topics[c]).ToList(),
                Actions = linked.Distinct().ToList(),
                Staff = row.Staff.Select(x => new ActivityStaff { Name = x.Name, Role = x.Role }).ToList(),
            };
            created.Add(activity);
        }

        var counts = new Dictionary<string, int> { ["activities"] = request.File.Activities.Count, ["alreadyImported"] = skipped };
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        db.Activities.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        var totals = request.File.Activities.Where(r => r.Participants?.Total is > 0).ToDictionary(r => r.Key, r => r.Participants!);
        foreach (var activity in created.Where(a => totals.ContainsKey(a.Reference!)))
        {
            var p = totals[activity.Reference!];
            // The report gives totals, not Members or genders: one row not broken down by Member, all "not recorded".
            db.ParticipantCounts.Add(new ParticipantCount
            {
                ActivityId = activity.Id, NotRecorded = p.Total!.Value,
                Note = string.Join(" ", new[] { p.MemberCount is { } n ? $"{n} Member administrations." : null, p.Note }.Where(x => x is not null)),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        counts["created"] = created.Count;
        return new ImportReportDto(false, true, [], counts);
    }

    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);
}
