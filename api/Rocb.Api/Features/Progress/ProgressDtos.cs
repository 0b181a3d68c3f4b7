using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Progress;

/// <summary>Where one KPI stands on the as-of date.</summary>
public sealed record KpiProgressDto(
    int KpiId,
    int PillarNumber,
    string ActionCode,
    string Code,
    string Name,
    KpiKind Kind,
    string Formula,
    string TargetText,
    Comparator Comparator,
    decimal Target,
    string Unit,
    int? Denominator,
    TargetPeriod Period,
    DateOnly Deadline,
    string? MilestoneCode,
    /// <summary>Null when there is no data.</summary>
    decimal? Value,
    /// <summary>Value as a percentage of the target.</summary>
    decimal? PercentOfTarget,
    /// <summary>What a straight line from the start (plan start, or the period's start) to the target expects by the as-of date.</summary>
    decimal? Expected,
    /// <summary>The value at the start of the plan (or period) the line starts from.</summary>
    decimal? Baseline,
    KpiStatus Status,
    /// <summary>Why the status is what it is, in words.</summary>
    string StatusReason,
    /// <summary>The period the value is for, e.g. FY2025/26, or the plan period.</summary>
    string PeriodLabel,
    /// <summary>For member coverage: how many Members have not achieved the milestone.</summary>
    int? MissingCount);

public sealed record PillarProgressDto(int Number, string Title, IReadOnlyList<KpiProgressDto> Kpis);

public sealed record StatusCountDto(KpiStatus Status, int Count);

/// <summary>The progress of a whole plan on a date: what the dashboard and external systems read.</summary>
public sealed record PlanProgressDto(
    int PlanId,
    string PlanCode,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly AsOf,
    /// <summary>Share (0..1) of the plan period elapsed on the as-of date.</summary>
    decimal Elapsed,
    int? PillarNumber,
    int? SubRegionId,
    /// <summary>Members of the region (or sub-region) on the as-of date.</summary>
    int MemberCount,
    IReadOnlyList<StatusCountDto> StatusCounts,
    IReadOnlyList<PillarProgressDto> Pillars);

public sealed record SeriesPointDto(string Label, DateOnly PeriodEnd, decimal? Value, decimal? Target);

public sealed record SubRegionValueDto(int SubRegionId, string Code, string Name, int MemberCount, decimal? Value);

/// <summary>A Member's place in a coverage KPI: its latest approved status and the record that says so.</summary>
public sealed record MemberEvidenceDto(
    int MemberId, string MemberCode, string MemberName, string SubRegionCode, string? Status, DateOnly? EffectiveOn,
    string? Evidence, string? EvidenceLink, string? SourceDocument, long? RecordId, string? RecordMilestone, bool Counts);

public sealed record ActivityEvidenceDto(long ActivityId, string Title, string Type, DateOnly? StartsOn, string Status);

/// <summary>One KPI in depth: definition, trend by fiscal year, breakdown by sub-region and the records behind the value.</summary>
public sealed record KpiDetailDto(
    KpiProgressDto Progress,
    string PlanCode,
    string ActionText,
    string? MilestoneReference,
    string? TopicName,
    string? Source,
    string? Note,
    IReadOnlyList<SeriesPointDto> Series,
    IReadOnlyList<SubRegionValueDto> BySubRegion,
    IReadOnlyList<MemberEvidenceDto> Members,
    IReadOnlyList<ActivityEvidenceDto> Activities);
