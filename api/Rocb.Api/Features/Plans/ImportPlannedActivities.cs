using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

/// <summary>An annual work plan and its planned activities (the format of Persistence/Seed/awp-2020-21.json).</summary>
public sealed record AnnualWorkPlanFile
{
    public string? Description { get; init; }
    public PlanData Plan { get; init; } = null!;
    public IReadOnlyList<PlannedActivityData> PlannedActivities { get; init; } = [];
}

public sealed record ActionRefData(string PlanCode, int Pillar, string Action);

public sealed record PlannedActivityData
{
    /// <summary>The specific action the activity serves (and others it also serves).</summary>
    public ActionRefData ActionRef { get; init; } = null!;
    public IReadOnlyList<ActionRefData> AlsoServes { get; init; } = [];
    public string Title { get; init; } = "";
    public string Type { get; init; } = "";
    public IReadOnlyList<string> TopicCodes { get; init; } = [];
    /// <summary>Calendar quarter, e.g. 2020-Q3.</summary>
    public string? Quarter { get; init; }
    public string? Timing { get; init; }
    public IReadOnlyList<string> MemberCodes { get; init; } = [];
    public IReadOnlyList<string> Partners { get; init; } = [];
    public string? Funding { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// Imports an annual work plan: the plan itself, then each planned activity as an activity in status
/// "planned", linked to the actions it serves, its Members and topics. Activities already imported for the
/// plan (same title) are left as they are. A dry run reports problems per row and writes nothing.
/// </summary>
public sealed record ImportPlannedActivities(AnnualWorkPlanFile File, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportPlannedActivitiesHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<ImportPlannedActivities, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportPlannedActivities request, CancellationToken cancellationToken)
    {
        var planReport = await mediator.Send(new ImportPlan(new PlanFile { Plan = request.File.Plan }, DryRun: true), cancellationToken);
        var problems = planReport.Problems.ToList();
        var actions = await db.SpecificActions.Select(a => new { a.Id, PlanCode = a.Pillar.Plan.Code, Pillar = a.Pillar.Number, a.Code })
            .ToListAsync(cancellationToken);
        var members = await db.Members.ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);

        var resolved = new List<(PlannedActivityData Data, List<int> Actions)>();
        for (var i = 0; i < request.File.PlannedActivities.Count; i++)
        {
            var row = request.File.PlannedActivities[i];
            var at = $"plannedActivities[{i}]";
            void Problem(string field, string message) => problems.Add(new ImportProblemDto($"{at}.{field}", i + 1, message));
            if (string.IsNullOrWhiteSpace(row.Title)) Problem("title", "The activity needs a title.");
            if (!KebabEnum.TryParse<ActivityType>(row.Type, out _))
                Problem("type", $"The activity type must be one of: {KebabEnum.Names<ActivityType>()}.");
            var ids = new List<int>();
            foreach (var (reference, field) in new[] { (row.ActionRef, "actionRef") }.Concat(row.AlsoServes.Select((r, n) => (r, $"alsoServes[{n}]"))))
            {
                var action = reference is null ? null
                    : actions.FirstOrDefault(a => a.PlanCode == reference.PlanCode && a.Pillar == reference.Pillar && a.Code == reference.Action);
                if (action is null) Problem(field, reference is null ? "Say which specific action the activity serves."
                    : $"There is no action {reference.Pillar}-{reference.Action} in plan {reference.PlanCode}.");
                else ids.Add(action.Id);
            }
            foreach (var code in row.MemberCodes.Where(c => !members.ContainsKey(c))) Problem("memberCodes", $"Unknown Member '{code}'.");
            foreach (var code in row.TopicCodes.Where(c => !topics.ContainsKey(c))) Problem("topicCodes", $"Unknown topic '{code}'.");
            if (row.Quarter is not null && Quarter(row.Quarter) is null) Problem("quarter", "Quarters look like 2020-Q3.");
            resolved.Add((row, ids));
        }
        var counts = new Dictionary<string, int> { ["plannedActivities"] = request.File.PlannedActivities.Count };
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        await mediator.Send(new ImportPlan(new PlanFile { Plan = request.File.Plan }, DryRun: false), cancellationToken);
        var planId = await db.Plans.Where(p => p.Code == request.File.Plan.Code).Select(p => p.Id).SingleAsync(cancellationToken);
        var known = await db.Activities.Where(a => a.PlannedInId == planId).Select(a => a.Title).ToHashSetAsync(cancellationToken);
        var actionEntities = await db.SpecificActions.ToDictionaryAsync(a => a.Id, cancellationToken);
        var memberEntities = await db.Members.ToDictionaryAsync(m => m.Code, cancellationToken);
        var topicEntities = await db.Topics.ToDictionaryAsync(t => t.Code, cancellationToken);
        var created = 0;
        foreach (var (row, ids) in resolved.Where(r => !known.Contains(r.Data.Title.Trim())))
        {
            db.Activities.Add(new Activity
            {
                Title = row.Title.Trim(), Type = KebabEnum.TryParse<ActivityType>(row.Type, out var type) ? type : ActivityType.Other, Status = ActivityStatus.Planned, PlannedInId = planId,
                StartsOn = row.Quarter is null ? null : Quarter(row.Quarter), DatePrecision = DatePrecision.Quarter,
                Partners = row.Partners.Count == 0 ? null : string.Join(", ", row.Partners), Funding = row.Funding,
                Source = row.Source, Note = string.Join(" ", new[] { row.Timing, row.Note }.Where(t => !string.IsNullOrWhiteSpace(t))),
                Actions = ids.Distinct().Select(id => actionEntities[id]).ToList(),
                Members = row.MemberCodes.Distinct().Select(c => memberEntities[c]).ToList(),
                Topics = row.TopicCodes.Distinct().Select(c => topicEntities[c]).ToList(),
            });
            created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        counts["created"] = created;
        return new ImportReportDto(false, true, [], counts);
    }

    private static DateOnly? Quarter(string text) =>
        text.Length == 7 && int.TryParse(text[..4], out var year) && text[4..6] == "-Q" && text[6] is >= '1' and <= '4'
            ? new DateOnly(year, (text[6] - '1') * 3 + 1, 1) : null;
}
