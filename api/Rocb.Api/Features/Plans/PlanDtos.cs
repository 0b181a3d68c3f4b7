using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Plans;

public sealed record PlanSummaryDto(
    int Id, string Code, PlanKind Kind, string Title, string RegionCode, DateOnly StartsOn, DateOnly EndsOn,
    string? ParentPlanCode, int PillarCount, int ActionCount, int KpiCount, int MilestoneCount);

public sealed record MilestoneDto(int Id, string Code, string Reference, string? TopicCode, string? TopicName, string? Source,
    IReadOnlyList<string> PredecessorRefs);

public sealed record KpiDto(
    int Id, string Code, string Name, KpiKind Kind, string ComputedFrom, string? MilestoneCode, string TargetText,
    Comparator Comparator, decimal Target, string Unit, int? Denominator, decimal? Scale, TargetPeriod Period, DateOnly Deadline,
    string Formula, string? Source, string? Note);

public sealed record ActionDto(int Id, string Code, string Text, bool RocbSpecific, IReadOnlyList<string> MilestoneCodes,
    string? RspDeliverables, string? Source, IReadOnlyList<KpiDto> Kpis);

public sealed record PillarDto(int Id, int Number, string Title, string? Source, IReadOnlyList<ActionDto> Actions);

/// <summary>A fiscal year of the plan with its quarters, derived from the plan period (never typed in).</summary>
public sealed record FiscalYearDto(string Label, DateOnly Start, DateOnly End, IReadOnlyList<QuarterDto> Quarters);

public sealed record QuarterDto(string Label, DateOnly Start, DateOnly End);

public sealed record PlanDetailDto(
    int Id, string Code, PlanKind Kind, string Title, string RegionCode, DateOnly StartsOn, DateOnly EndsOn, string? ParentPlanCode,
    string? Source, IReadOnlyList<FiscalYearDto> FiscalYears, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<PillarDto> Pillars);
