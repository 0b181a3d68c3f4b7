using Rocb.Api.Domain.Activities;

namespace Rocb.Api.Domain.Needs;

/// <summary>
/// How the needs analysis turns answers into proposals (one row, id = 1). Administrators tune it; the rules are in
/// Features/NeedsAnalysis/WorkPlanRules.cs and the README.
/// </summary>
public sealed class NeedsAnalysisSettings
{
    public int Id { get; set; } = 1;
    /// <summary>Members of one sub-region with a high need on the same topic from which a sub-regional workshop is proposed.</summary>
    public int SubRegionalWorkshopThreshold { get; set; } = 3;
    /// <summary>The need level (1 low … 3 high) from which a need counts as high: it gets an activity and counts as demand for experts.</summary>
    public int HighNeedLevel { get; set; } = 2;
    /// <summary>Members with a high need per accredited expert above which the supply of a topic is short (an accreditation action).</summary>
    public decimal SupplyShortageRatio { get; set; } = 3m;
    /// <summary>Experts a proposed workshop asks for.</summary>
    public int ExpertsPerWorkshop { get; set; } = 2;
    /// <summary>Experts a proposed national workshop or expert mission asks for.</summary>
    public int ExpertsPerNationalActivity { get; set; } = 1;
    public uint Version { get; set; }
}

public enum WorkPlanStatus { Draft, Adopted }

/// <summary>What a line of the draft work plan is. Stored as its name, sent in kebab case.</summary>
public enum WorkPlanItemKind { SubRegionalWorkshop, NationalActivity, RegionalWorkshop, Accreditation, Other }

/// <summary>Made by the rules from the analysis, or added by Staff.</summary>
public enum WorkPlanItemOrigin { Generated, Manual }

/// <summary>The draft annual work plan of a needs cycle's fiscal year: generated from the analysis, edited by Staff, then adopted.</summary>
public sealed class WorkPlanDraft
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    /// <summary>The fiscal year planned for (2027 = FY2027/28), copied from the cycle.</summary>
    public int FiscalYear { get; set; }
    public WorkPlanStatus Status { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }
    public Guid? GeneratedBy { get; set; }
    public DateTimeOffset? AdoptedAt { get; set; }
    public Guid? AdoptedBy { get; set; }
    public uint Version { get; set; }
    public List<WorkPlanItem> Items { get; set; } = [];
}

/// <summary>One proposed activity of a draft work plan, with the answers that justify it.</summary>
public sealed class WorkPlanItem
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    public int Position { get; set; }
    public WorkPlanItemKind Kind { get; set; }
    public string Title { get; set; } = "";
    public ActivityType ActivityType { get; set; }
    public int? TopicId { get; set; }
    /// <summary>Beneficiary Members.</summary>
    public List<int> MemberIds { get; set; } = [];
    public int? SubRegionId { get; set; }
    /// <summary>Fiscal quarter 1 (Jul–Sep) … 4 (Apr–Jun) of the draft's fiscal year.</summary>
    public int? Quarter { get; set; }
    /// <summary>Specific actions of the plan in force in the fiscal year that the activity serves.</summary>
    public List<int> ActionIds { get; set; } = [];
    public int ExpertsNeeded { get; set; }
    public WorkPlanItemOrigin Origin { get; set; }
    /// <summary>Why the rules proposed it (generated items).</summary>
    public string? Reason { get; set; }
    /// <summary>JSON array of the answers that justify it (see WorkPlanEvidence).</summary>
    public string Evidence { get; set; } = "[]";
    public string? Notes { get; set; }
    /// <summary>The planned activity it became when the draft was adopted.</summary>
    public long? ActivityId { get; set; }
    public uint Version { get; set; }
}
