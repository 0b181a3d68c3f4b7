using System.Linq.Expressions;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Milestones;

/// <summary>One step of a Member's history on a milestone, with its review state.</summary>
public sealed record MilestoneStatusRecordDto(
    long Id, int MemberId, string MemberCode, string MemberName, int PlanId, string PlanCode, int MilestoneId, string MilestoneCode,
    string MilestoneReference, MilestoneStatus Status, string? NotApplicableReason, DateOnly EffectiveOn, string? Evidence,
    string? EvidenceLink, string? SourceDocument, ReviewState State, DateTimeOffset CreatedAt, Guid? SubmittedBy, DateTimeOffset? SubmittedAt,
    Guid? ReviewedBy, DateTimeOffset? ReviewedAt, string? ReturnReason, string Version)
{
    public static readonly Expression<Func<MilestoneStatusRecord, MilestoneStatusRecordDto>> Projection = r => new MilestoneStatusRecordDto(
        r.Id, r.MemberId, r.Member.Code, r.Member.Name, r.Milestone.PlanId, r.Milestone.Plan.Code, r.MilestoneId, r.Milestone.Code,
        r.Milestone.Reference, r.Status, r.NotApplicableReason, r.EffectiveOn, r.Evidence, r.EvidenceLink, r.SourceDocument, r.State,
        r.CreatedAt, r.SubmittedBy, r.SubmittedAt, r.ReviewedBy, r.ReviewedAt, r.ReturnReason, r.Version.ToString());
}

public sealed record MilestoneStatusPageDto(IReadOnlyList<MilestoneStatusRecordDto> Items, int Page, int PageSize, int TotalCount);

/// <summary>An update waiting for someone: Staff (submitted) or the Member's focal point (returned), and for how long.</summary>
public sealed record QueueItemDto(MilestoneStatusRecordDto Record, string WaitingFor, DateTimeOffset Since, int DaysWaiting);

/// <summary>Milestone statuses in the import format (Persistence/Seed/plans/milestone-statuses-*.json use it too).</summary>
public sealed record MilestoneStatusFile
{
    public string? Description { get; init; }
    public IReadOnlyList<MilestoneStatusRow> Statuses { get; init; } = [];
}

/// <summary>One status: the milestone by code, or by topic (then every milestone of the plan on that topic).</summary>
public sealed record MilestoneStatusRow
{
    public string MemberCode { get; init; } = "";
    public string PlanCode { get; init; } = "";
    public string? MilestoneCode { get; init; }
    public string? TopicCode { get; init; }
    public MilestoneStatus Status { get; init; }
    public DateOnly EffectiveOn { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceLink { get; init; }
    /// <summary>Where it is written: a document, or a seed file and line.</summary>
    public string? Source { get; init; }
    public string? NotApplicableReason { get; init; }
    public string? Note { get; init; }
}
