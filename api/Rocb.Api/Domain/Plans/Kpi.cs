namespace Rocb.Api.Domain.Plans;

/// <summary>How a KPI's value is computed from the records (KpiFormulas documents each).</summary>
public enum KpiKind
{
    MemberCoverage,
    Frequency,
    CumulativeCount,
    Proportion,
    MeanScore,
    RatioOverRequests,
    Growth,
    ReportedValue,
}

public enum Comparator { AtLeast, AtMost, Exactly }

public enum TargetPeriod
{
    /// <summary>The value reached by the deadline.</summary>
    ByDeadline,
    /// <summary>The value in each fiscal year (1 July - 30 June).</summary>
    PerFiscalYear,
    PerQuarter,
}

public sealed class Kpi
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public SpecificAction Action { get; set; } = null!;
    /// <summary>The action's letter, or letter and part (i1, i2) for a two-part KPI.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public KpiKind Kind { get; set; }
    /// <summary>The records it counts: milestone-statuses, activities, records:&lt;category&gt;, participants, evaluations, expert-deployments, donor-requests, reported.</summary>
    public string ComputedFrom { get; set; } = "";
    /// <summary>For member coverage (and accession counts): the milestone whose achievement counts.</summary>
    public int? MilestoneId { get; set; }
    public Milestone? Milestone { get; set; }
    public Comparator TargetComparator { get; set; }
    public decimal TargetValue { get; set; }
    public string TargetUnit { get; set; } = "";
    /// <summary>The N of "…/N Members".</summary>
    public int? TargetDenominator { get; set; }
    /// <summary>The top of a score scale ("out of 5").</summary>
    public decimal? TargetScale { get; set; }
    public TargetPeriod TargetPeriod { get; set; }
    /// <summary>The target as the plan words it.</summary>
    public string TargetText { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
}

/// <summary>A value entered with evidence for a KPI nothing in Rocb can derive (kind ReportedValue).</summary>
public sealed class KpiReportedValue
{
    public long Id { get; set; }
    public int KpiId { get; set; }
    public Kpi Kpi { get; set; } = null!;
    public DateOnly AsOf { get; set; }
    public decimal Value { get; set; }
    public string Evidence { get; set; } = "";
    public Guid? ReportedBy { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}
