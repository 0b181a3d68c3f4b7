using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Plans;

/// <summary>
/// A whole plan as one document: the JSON import/export format (Persistence/Seed/plans/*.json use it too).
/// The CSV format carries the same content, one row per plan, milestone, pillar, action or KPI.
/// </summary>
public sealed record PlanFile
{
    public string? Description { get; init; }
    public PlanData Plan { get; init; } = null!;
}

public sealed record PlanData
{
    public string Code { get; init; } = "";
    public PlanKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string? ParentPlanCode { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<MilestoneData> Milestones { get; init; } = [];
    public IReadOnlyList<PillarData> Pillars { get; init; } = [];
}

public sealed record MilestoneData
{
    /// <summary>Normalised, e.g. 1.1.3-5.</summary>
    public string Code { get; init; } = "";
    /// <summary>As printed, e.g. "1.1.3 - 5th milestone".</summary>
    public string Reference { get; init; } = "";
    public string? TopicCode { get; init; }
    public string? Source { get; init; }
    /// <summary>The same instrument's milestones in earlier plans: their statuses count for this one.</summary>
    public IReadOnlyList<MilestoneRefData> Follows { get; init; } = [];
}

/// <summary>A milestone of another plan, and why it is the same instrument.</summary>
public sealed record MilestoneRefData
{
    public string PlanCode { get; init; } = "";
    public string MilestoneCode { get; init; } = "";
    public string Reason { get; init; } = "";
    public string? Source { get; init; }
}

public sealed record PillarData
{
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public string? Source { get; init; }
    public IReadOnlyList<ActionData> Actions { get; init; } = [];
}

public sealed record ActionData
{
    public string Code { get; init; } = "";
    public string Text { get; init; } = "";
    public IReadOnlyList<string> MilestoneCodes { get; init; } = [];
    public bool RocbSpecific { get; init; }
    public string? RspDeliverables { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<KpiData> Kpis { get; init; } = [];
}

public sealed record KpiData
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public KpiKind Kind { get; init; }
    public string ComputedFrom { get; init; } = "";
    public string? MilestoneCode { get; init; }
    public string TargetText { get; init; } = "";
    public TargetData Target { get; init; } = new();
    /// <summary>Null means the end of the plan.</summary>
    public DateOnly? Deadline { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }
}

public sealed record TargetData
{
    public Comparator Comparator { get; init; }
    public decimal Value { get; init; }
    public string Unit { get; init; } = "";
    public int? Denominator { get; init; }
    public decimal? Scale { get; init; }
    public TargetPeriod Period { get; init; }
}

/// <summary>One problem with an imported file: where (JSON path, or CSV row and column) and what.</summary>
public sealed record ImportProblemDto(string Path, int? Row, string Message);

/// <summary>The outcome of an import: on a dry run nothing is written; otherwise everything or nothing is.</summary>
public sealed record ImportReportDto(bool DryRun, bool Written, IReadOnlyList<ImportProblemDto> Problems, IReadOnlyDictionary<string, int> Counts);
