namespace Rocb.Api.Domain.Plans;

public enum PlanKind
{
    /// <summary>Regional Strategic Plan, adopted by the Regional Heads of Customs Administrations.</summary>
    Rsp,
    /// <summary>The ROCB's two-year Strategic Action Plan derived from the RSP.</summary>
    Sap,
    /// <summary>An Annual Work Plan.</summary>
    Awp,
}

/// <summary>One version of a plan. Its milestones belong to it: they are renumbered between cycles.</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public PlanKind Kind { get; set; }
    public string Title { get; set; } = "";
    public int RegionId { get; set; }
    public Region Region { get; set; } = null!;
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>For an AWP: the SAP it implements.</summary>
    public int? ParentPlanId { get; set; }
    public string? Source { get; set; }
    public uint Version { get; set; }

    public List<Pillar> Pillars { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
}

public sealed class Pillar
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Source { get; set; }
    public List<SpecificAction> Actions { get; set; } = [];
}

/// <summary>A lettered specific action (a, b, … z, aa, …) of a pillar, with its KPIs.</summary>
public sealed class SpecificAction
{
    public int Id { get; set; }
    public int PillarId { get; set; }
    public Pillar Pillar { get; set; } = null!;
    public string Code { get; set; } = "";
    /// <summary>Order within the pillar (a=1, …, z=26, aa=27, …).</summary>
    public int Position { get; set; }
    public string Text { get; set; } = "";
    /// <summary>True when the action serves no RSP milestone (the plan says "ROCB-specific").</summary>
    public bool RocbSpecific { get; set; }
    public string? RspDeliverables { get; set; }
    public string? Source { get; set; }
    public List<Milestone> Milestones { get; set; } = [];
    public List<Kpi> Kpis { get; set; } = [];
}

/// <summary>An RSP milestone as one plan version numbers it (e.g. "1.1.3 - 5th milestone").</summary>
public sealed class Milestone
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    /// <summary>Normalised reference, e.g. 1.1.3-5.</summary>
    public string Code { get; set; } = "";
    /// <summary>The reference as the plan prints it.</summary>
    public string Reference { get; set; } = "";
    public int? TopicId { get; set; }
    public Topic? Topic { get; set; }
    public string? Source { get; set; }
    public List<SpecificAction> Actions { get; set; } = [];
}

/// <summary>
/// "This milestone is the same instrument as that one of an earlier plan": statuses reported against the
/// predecessor count for the successor, so a Member's progress follows it across plan versions.
/// </summary>
public sealed class MilestoneLink
{
    public int MilestoneId { get; set; }
    public Milestone Milestone { get; set; } = null!;
    public int PredecessorId { get; set; }
    public Milestone Predecessor { get; set; } = null!;
    public string Reason { get; set; } = "";
    public string? Source { get; set; }
}
