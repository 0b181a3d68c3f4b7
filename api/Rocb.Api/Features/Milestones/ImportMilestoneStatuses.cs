using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>
/// Imports reviewed statuses (e.g. transcribed from a report) as approved records, with their source as evidence.
/// A dry run reports each row's problems and writes nothing; otherwise all rows are written or none. A row that
/// is already recorded (same Member, milestone, status, date and evidence) is skipped, so a file can be imported again.
/// </summary>
public sealed record ImportMilestoneStatuses(MilestoneStatusFile File, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportMilestoneStatusesHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<ImportMilestoneStatuses, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportMilestoneStatuses request, CancellationToken cancellationToken)
    {
        var members = await db.Members.ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var milestones = await db.Milestones.Select(m => new { m.Id, m.Code, PlanCode = m.Plan.Code, TopicCode = m.Topic!.Code })
            .ToListAsync(cancellationToken);
        var plans = milestones.Select(m => m.PlanCode).ToHashSet();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = new List<ImportProblemDto>();
        var records = new List<MilestoneStatusRecord>();

        for (var i = 0; i < request.File.Statuses.Count; i++)
        {
            var row = request.File.Statuses[i];
            var at = $"statuses[{i}]";
            void Problem(string field, string message) => problems.Add(new ImportProblemDto($"{at}.{field}", i + 1, message));

            if (!members.TryGetValue(row.MemberCode, out var memberId)) Problem("memberCode", $"Unknown Member '{row.MemberCode}'.");
            if (!plans.Contains(row.PlanCode)) Problem("planCode", $"Unknown plan '{row.PlanCode}' (or it has no milestones).");
            var targets = milestones.Where(m => m.PlanCode == row.PlanCode
                && (row.MilestoneCode is not null ? m.Code == row.MilestoneCode : m.TopicCode == row.TopicCode)).Select(m => m.Id).ToList();
            if (row.MilestoneCode is null && row.TopicCode is null) Problem("milestoneCode", "Give the milestone code (or a topic code).");
            else if (targets.Count == 0 && plans.Contains(row.PlanCode))
                Problem(row.MilestoneCode is null ? "topicCode" : "milestoneCode",
                    row.MilestoneCode is null ? $"Plan {row.PlanCode} has no milestone on topic '{row.TopicCode}'."
                        : $"Unknown milestone '{row.MilestoneCode}' in plan {row.PlanCode}.");
            if (!Enum.IsDefined(row.Status)) Problem("status", "Status must be not-started, planned, in-progress, achieved or not-applicable.");
            if (row.EffectiveOn > today) Problem("effectiveOn", "The effective date cannot be in the future.");
            if (row.EffectiveOn.Year < 1990) Problem("effectiveOn", "The effective date is missing or not a real date.");
            if (row.Status == MilestoneStatus.NotApplicable && string.IsNullOrWhiteSpace(row.NotApplicableReason))
                Problem("notApplicableReason", "Say why the milestone does not apply to this Member.");
            if (string.IsNullOrWhiteSpace(row.Evidence) && string.IsNullOrWhiteSpace(row.EvidenceLink))
                Problem("evidence", "Give the evidence (a quote, or a link).");

            foreach (var milestoneId in targets)
                records.Add(new MilestoneStatusRecord
                {
                    MemberId = memberId, MilestoneId = milestoneId, Status = row.Status, EffectiveOn = row.EffectiveOn,
                    Evidence = row.Evidence?.Trim(), EvidenceLink = row.EvidenceLink, SourceDocument = row.Source,
                    NotApplicableReason = row.Status == MilestoneStatus.NotApplicable ? row.NotApplicableReason?.Trim() : null,
                    State = ReviewState.Approved, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserId,
                    ReviewedBy = user.UserId, ReviewedAt = clock.GetUtcNow(),
                });
        }

        var existing = (await db.MilestoneStatusRecords.AsNoTracking()
                .Select(r => new { r.MemberId, r.MilestoneId, r.Status, r.EffectiveOn, r.Evidence }).ToListAsync(cancellationToken))
            .Select(r => (r.MemberId, r.MilestoneId, r.Status, r.EffectiveOn, r.Evidence)).ToHashSet();
        var fresh = records.Where(r => !existing.Contains((r.MemberId, r.MilestoneId, r.Status, r.EffectiveOn, r.Evidence))).ToList();
        var counts = new Dictionary<string, int>
        {
            ["rows"] = request.File.Statuses.Count, ["records"] = records.Count, ["new"] = fresh.Count, ["alreadyRecorded"] = records.Count - fresh.Count,
        };
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        db.MilestoneStatusRecords.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReportDto(false, true, [], counts);
    }
}
