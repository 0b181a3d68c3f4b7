using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;

namespace Rocb.Api.Features.NeedsAnalysis;

public sealed record NeedsAnalysisCycleRefDto(int Id, string Name, int FiscalYear, string FiscalYearLabel);

/// <summary>Demand on one topic in one sub-region (only pairs where some Member has a need): Members with any need (level ≥ 1), the weighted need (sum of levels) and
/// Members with a high need (≥ the settings' high need level).</summary>
public sealed record NeedsDemandCellDto(int TopicId, string TopicCode, string TopicName, int SubRegionId, string SubRegionCode,
    string SubRegionName, int Members, int WeightedNeed, int HighNeedMembers);

/// <summary>A topic's demand now and in the previous cycle (null figures: no previous cycle).</summary>
public sealed record NeedsTopicDemandDto(int TopicId, string TopicCode, string TopicName, int Members, int WeightedNeed, int HighNeedMembers,
    int? PreviousMembers, int? PreviousWeightedNeed, int? MembersChange, int? WeightedNeedChange);

public sealed record NeedsTopicLevelDto(int TopicId, string TopicCode, string TopicName, int? NeedLevel);

/// <summary>A Member's overall priorities (its top three, in order) and its highest need levels (up to five topics).</summary>
public sealed record NeedsMemberTopNeedsDto(int MemberId, string MemberCode, string MemberName, int SubRegionId, int ResponseId, int Revision,
    IReadOnlyList<NeedsTopicLevelDto> Priorities, IReadOnlyList<NeedsTopicLevelDto> TopNeeds);

public sealed record NeedsKpiRefDto(int KpiId, string Code, string Name, int ActionId, string ActionCode, int PillarNumber);

/// <summary>A Member asking for help (need ≥ high level) on a topic whose plan milestone it has not achieved: helping it moves a KPI.
/// MilestoneStatus: its latest approved status on the cycle's opening (kebab case), or null when none was ever approved.</summary>
public sealed record NeedsHighImpactDto(int MemberId, string MemberCode, string MemberName, int TopicId, string TopicCode, string TopicName,
    int NeedLevel, int ResponseId, int MilestoneId, string MilestoneCode, string MilestoneReference, string PlanCode, string? MilestoneStatus,
    IReadOnlyList<NeedsKpiRefDto> Kpis);

public sealed record NeedsLanguageSupplyDto(string Language, int Experts);
/// <summary>SubRegionId null: experts of the WCO Secretariat or from outside the region.</summary>
public sealed record NeedsSubRegionSupplyDto(int? SubRegionId, string? SubRegionCode, int Experts);

public sealed record NeedsTopicSupplyDto(int TopicId, string TopicCode, string TopicName, int AccreditedExperts,
    IReadOnlyList<NeedsLanguageSupplyDto> ByLanguage, IReadOnlyList<NeedsSubRegionSupplyDto> BySubRegion);

/// <summary>Demand Members (high need) against accredited experts; short above the settings' ratio (or no expert at all).</summary>
public sealed record NeedsTopicGapDto(int TopicId, string TopicCode, string TopicName, int DemandMembers, int AccreditedExperts,
    decimal? MembersPerExpert, bool Short, int ExpertsToAccredit);

/// <summary>One answer that justifies a proposal or a work plan item.</summary>
public sealed record NeedsEvidenceDto(int CycleId, int ResponseId, int Revision, int MemberId, string MemberCode, int TopicId, string TopicCode,
    int NeedLevel, string? PreferredDelivery, int? PreferredQuarter);

public sealed record NeedsProposalDto(WorkPlanItemKind Kind, ActivityType ActivityType, string Title, int TopicId, string TopicCode,
    int? SubRegionId, IReadOnlyList<int> MemberIds, int? Quarter, int ExpertsNeeded, string Reason, IReadOnlyList<NeedsEvidenceDto> Evidence);

public sealed record NeedsRespondentsDto(int Asked, int Submitted);

/// <summary>
/// A needs cycle's analysis. Only submitted responses count (drafts may still change); Respondents says how many.
/// SupplyAsOf: the first day of the fiscal year planned for, on which the experts' accreditation must be valid.
/// </summary>
public sealed record NeedsAnalysisDto(
    NeedsAnalysisCycleRefDto Cycle, NeedsAnalysisCycleRefDto? PreviousCycle, int? SubRegionId, NeedsRespondentsDto Respondents,
    NeedsAnalysisSettingsDto Settings, string Basis,
    IReadOnlyList<NeedsDemandCellDto> Demand, IReadOnlyList<NeedsTopicDemandDto> Topics, IReadOnlyList<NeedsMemberTopNeedsDto> Members,
    IReadOnlyList<NeedsHighImpactDto> HighImpact, DateOnly SupplyAsOf, IReadOnlyList<NeedsTopicSupplyDto> Supply,
    IReadOnlyList<NeedsTopicGapDto> Gaps, IReadOnlyList<NeedsProposalDto> Proposals);
