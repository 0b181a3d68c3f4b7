using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Domain.Experts;

public enum AccreditationNeed { Required, Preferred, NotNeeded }

/// <summary>
/// open → staffed → completed follow from the request's deployments (see ExpertRequestStatusRules); cancelled is set by Staff and stays.
/// </summary>
public enum ExpertRequestStatus { Open, Staffed, Completed, Cancelled }

/// <summary>A request for experts for an activity or mission (possibly still planned).</summary>
public sealed class ExpertRequest
{
    public int Id { get; set; }
    public long? ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public string Title { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? Place { get; set; }
    public ActivityMode Mode { get; set; }
    /// <summary>ISO 639-1 code of the working language.</summary>
    public string? Language { get; set; }
    public int ExpertsNeeded { get; set; } = 1;
    public AccreditationNeed Accreditation { get; set; }
    /// <summary>The category that fits the mission (null: any).</summary>
    public AccreditationCategory? Category { get; set; }
    /// <summary>A diagnostic mission: experts from the beneficiary or requesting administration have a conflict of interest.</summary>
    public bool IsDiagnostic { get; set; }
    public int? RequestingMemberId { get; set; }
    public Member? RequestingMember { get; set; }
    public string? Funding { get; set; }
    public ExpertRequestStatus Status { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
    public List<Topic> Topics { get; set; } = [];
}

public enum DonorOutcome { Released, Declined, NoAnswer }

/// <summary>A request to a (donor) administration to release an expert, and what came of it.</summary>
public sealed class DonorRequest
{
    public int Id { get; set; }
    public int? ExpertRequestId { get; set; }
    public int? ExpertId { get; set; }
    /// <summary>The deployment the administration released the expert for (when the outcome is released).</summary>
    public long? DeploymentId { get; set; }
    public Deployment? Deployment { get; set; }
    /// <summary>The administration asked: a Member, or one outside the region by name.</summary>
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    public string? Administration { get; set; }
    public DateOnly SentOn { get; set; }
    /// <summary>Null while waiting for the answer.</summary>
    public DonorOutcome? Outcome { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }
}

/// <summary>proposed → invited → accepted or declined → released → confirmed → completed, or cancelled.</summary>
public enum DeploymentStatus { Proposed, Invited, Accepted, Declined, Released, Confirmed, Completed, Cancelled }

/// <summary>An expert's part in a mission or activity, through the deployment workflow.</summary>
public sealed class Deployment
{
    public long Id { get; set; }
    public int ExpertId { get; set; }
    public Expert Expert { get; set; } = null!;
    public int? RequestId { get; set; }
    public ExpertRequest? Request { get; set; }
    public long? ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DeploymentStatus Status { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Why an expert with a conflict of interest is proposed anyway.</summary>
    public string? ConflictOverrideReason { get; set; }
    public string? CancelReason { get; set; }
    public string? DeclineReason { get; set; }
    /// <summary>1-5 appraisals on completion.</summary>
    public int? HostAppraisal { get; set; }
    public int? RocbAppraisal { get; set; }
    public bool ReportReceived { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }
    /// <summary>The request to the home administration that released the expert for this deployment, if recorded.</summary>
    public DonorRequest? ReleaseRequest { get; set; }
}

/// <summary>The matching weights and the workload cap, one row, changed by Administrators.</summary>
public sealed class MatchingSettings
{
    public int Id { get; set; } = 1;
    public int TopicWeight { get; set; } = 30;
    public int AccreditationWeight { get; set; } = 25;
    public int LanguageWeight { get; set; } = 10;
    public int AvailabilityWeight { get; set; } = 15;
    public int RegionWeight { get; set; } = 5;
    public int WorkloadWeight { get; set; } = 10;
    public int AppraisalWeight { get; set; } = 5;
    /// <summary>Confirmed or completed deployments in the 12 months before a mission at which workload fairness gives nothing.</summary>
    public int WorkloadCap { get; set; } = 4;
    public uint Version { get; set; }
}
