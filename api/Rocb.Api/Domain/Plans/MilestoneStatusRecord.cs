namespace Rocb.Api.Domain.Plans;

public enum MilestoneStatus { NotStarted, Planned, InProgress, Achieved, NotApplicable }

/// <summary>Draft → submitted → approved, or returned (with a reason) and submitted again. Only approved records count.</summary>
public enum ReviewState { Draft, Submitted, Approved, Returned }

/// <summary>One step in a Member's history on a milestone: its status from a date, with evidence and who said so.</summary>
public sealed class MilestoneStatusRecord
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public Member Member { get; set; } = null!;
    public int MilestoneId { get; set; }
    public Milestone Milestone { get; set; } = null!;
    public MilestoneStatus Status { get; set; }
    /// <summary>Why the milestone does not apply to this Member (required for NotApplicable).</summary>
    public string? NotApplicableReason { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? Evidence { get; set; }
    public string? EvidenceLink { get; set; }
    public string? SourceDocument { get; set; }
    public ReviewState State { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReturnReason { get; set; }
    public uint Version { get; set; }
}
