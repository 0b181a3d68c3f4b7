using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>Loading a cycle's draft work plan, guarding its edits, and turning it into its DTO.</summary>
internal static class WorkPlanDrafts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string WriteEvidence(IEnumerable<NeedsEvidenceDto> evidence) => JsonSerializer.Serialize(evidence.ToList(), Json);

    public static IReadOnlyList<NeedsEvidenceDto> ReadEvidence(string json) =>
        JsonSerializer.Deserialize<List<NeedsEvidenceDto>>(json, Json) ?? [];

    /// <summary>The cycle's draft with its items (tracked), or 404 for an unknown cycle or a cycle without a draft.</summary>
    public static async Task<WorkPlanDraft> LoadAsync(RocbDbContext db, int cycleId, CancellationToken ct)
    {
        await EnsureCycleAsync(db, cycleId, ct);
        return await db.WorkPlanDrafts.Include(d => d.Items).SingleOrDefaultAsync(d => d.CycleId == cycleId, ct)
               ?? throw new NotFoundException("Draft work plan of needs cycle", cycleId);
    }

    public static async Task EnsureCycleAsync(RocbDbContext db, int cycleId, CancellationToken ct)
    {
        if (await NeedsAnalysisQueries.CycleNameAsync(db, cycleId, ct) is null) throw new NotFoundException("Needs cycle", cycleId);
    }

    /// <summary>An adopted plan is the record of what became activities: it is no longer edited (change the activities instead).</summary>
    public static void EnsureEditable(WorkPlanDraft draft)
    {
        if (draft.Status == WorkPlanStatus.Adopted)
            throw new ConflictException($"The work plan was adopted on {draft.AdoptedAt:yyyy-MM-dd}: its items are now planned activities; change those instead.");
    }

    public static async Task<WorkPlanDraftDto> ToDtoAsync(RocbDbContext db, WorkPlanDraft draft, CancellationToken ct)
    {
        var cycleName = (await NeedsAnalysisQueries.CycleNameAsync(db, draft.CycleId, ct))?.Name ?? "";
        var topicIds = draft.Items.Where(i => i.TopicId is not null).Select(i => i.TopicId!.Value).Distinct().ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        return new WorkPlanDraftDto(draft.Id, draft.CycleId, cycleName, draft.FiscalYear, new FiscalYear(draft.FiscalYear).Label, draft.Status,
            draft.GeneratedAt, draft.AdoptedAt, draft.Items.OrderBy(i => i.Position).ThenBy(i => i.Id).Select(i => ToDto(i, topics)).ToList());
    }

    public static async Task<WorkPlanItemDto> ItemDtoAsync(RocbDbContext db, WorkPlanItem item, CancellationToken ct)
    {
        var code = item.TopicId is { } t ? await db.Topics.AsNoTracking().Where(x => x.Id == t).Select(x => x.Code).SingleOrDefaultAsync(ct) : null;
        return ToDto(item, item.TopicId is { } id && code is not null ? new Dictionary<int, string> { [id] = code } : new Dictionary<int, string>());
    }

    public static WorkPlanItemDto ToDto(WorkPlanItem i, IReadOnlyDictionary<int, string> topicCodes) =>
        new(i.Id, i.Position, i.Kind, i.Title, i.ActivityType, i.TopicId, i.TopicId is { } t ? topicCodes.GetValueOrDefault(t) : null,
            i.MemberIds, i.SubRegionId, i.Quarter, i.ActionIds, i.ExpertsNeeded, i.Origin, i.Reason, ReadEvidence(i.Evidence), i.Notes,
            i.ActivityId, i.Version.ToString());

    /// <summary>
    /// The specific actions an item serves: those of plans in force in the fiscal year whose milestones share the item's topic,
    /// and whose plan covers the item's quarter (the activity register refuses an action whose plan does not cover the dates).
    /// </summary>
    public static IReadOnlyList<int> ActionsFor(IEnumerable<NeedsAnalysisQueries.PlanActionRow> candidates, int? topicId, int fiscalYear, int? quarter)
    {
        if (topicId is null) return [];
        var (start, end) = quarter is { } q ? QuarterDates(fiscalYear, q) : (new FiscalYear(fiscalYear).Start, new FiscalYear(fiscalYear).End);
        return candidates.Where(c => c.TopicId == topicId && (quarter is null ? c.PlanStartsOn <= end && c.PlanEndsOn >= start
                                                                                : c.PlanStartsOn <= start && c.PlanEndsOn >= end))
            .Select(c => c.ActionId).Distinct().ToList();
    }

    /// <summary>First and last day of fiscal quarter 1 (Jul–Sep) … 4 (Apr–Jun) of the fiscal year starting in July of <paramref name="fiscalYear"/>.</summary>
    public static (DateOnly Start, DateOnly End) QuarterDates(int fiscalYear, int quarter)
    {
        var start = new FiscalYear(fiscalYear).Start.AddMonths(3 * (quarter - 1));
        return (start, start.AddMonths(3).AddDays(-1));
    }
}
