using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>One line of the draft work plan. Evidence: the answers that justify it (generated items); ActivityId: the planned
/// activity it became on adoption. Version is its ETag for If-Match on update.</summary>
public sealed record WorkPlanItemDto(int Id, int Position, WorkPlanItemKind Kind, string Title, ActivityType ActivityType, int? TopicId,
    string? TopicCode, IReadOnlyList<int> MemberIds, int? SubRegionId, int? Quarter, IReadOnlyList<int> ActionIds, int ExpertsNeeded,
    WorkPlanItemOrigin Origin, string? Reason, IReadOnlyList<NeedsEvidenceDto> Evidence, string? Notes, long? ActivityId, string Version);

public sealed record WorkPlanDraftDto(int Id, int CycleId, string CycleName, int FiscalYear, string FiscalYearLabel, WorkPlanStatus Status,
    DateTimeOffset GeneratedAt, DateTimeOffset? AdoptedAt, IReadOnlyList<WorkPlanItemDto> Items);
