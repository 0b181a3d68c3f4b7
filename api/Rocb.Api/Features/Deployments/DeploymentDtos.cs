using System.Linq.Expressions;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Activities;

namespace Rocb.Api.Features.Deployments;

public sealed record DeploymentDto(
    long Id, int ExpertId, string ExpertName, int? RequestId, string? RequestTitle, long? ActivityId, string? ActivityTitle,
    DateOnly StartsOn, DateOnly EndsOn, DeploymentStatus Status, DateTimeOffset StatusChangedAt, DateTimeOffset ProposedAt,
    DateTimeOffset? InvitedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? ReleasedAt, DateTimeOffset? ConfirmedAt,
    DateTimeOffset? CompletedAt, DateTimeOffset? CancelledAt, string? ConflictOverrideReason, string? DeclineReason, string? CancelReason,
    int? HostAppraisal, int? RocbAppraisal, bool ReportReceived, string? Note, string Version,
    /// <summary>The request to the home administration that released the expert for this deployment, when recorded.</summary>
    DonorRequestRefDto? ReleaseRequest)
{
    public static readonly Expression<Func<Deployment, DeploymentDto>> Projection = d => new DeploymentDto(
        d.Id, d.ExpertId, d.Expert.Name, d.RequestId, d.Request == null ? null : d.Request.Title, d.ActivityId,
        d.Activity == null ? null : d.Activity.Title, d.StartsOn, d.EndsOn, d.Status, d.StatusChangedAt, d.ProposedAt, d.InvitedAt,
        d.AnsweredAt, d.ReleasedAt, d.ConfirmedAt, d.CompletedAt, d.CancelledAt, d.ConflictOverrideReason, d.DeclineReason, d.CancelReason,
        d.HostAppraisal, d.RocbAppraisal, d.ReportReceived, d.Note, d.Version.ToString(),
        d.ReleaseRequest == null ? null : new DonorRequestRefDto(d.ReleaseRequest.Id,
            d.ReleaseRequest.Member != null ? d.ReleaseRequest.Member.Name : d.ReleaseRequest.Administration ?? "",
            d.ReleaseRequest.SentOn, d.ReleaseRequest.Outcome, d.ReleaseRequest.AnsweredOn));
}

/// <summary>A donor release request as a deployment shows it: which administration, when asked and what it answered.</summary>
public sealed record DonorRequestRefDto(int Id, string Administration, DateOnly SentOn, DonorOutcome? Outcome, DateOnly? AnsweredOn);

/// <summary>The deployment a donor release request released the expert for.</summary>
public sealed record DeploymentRefDto(long Id, int ExpertId, string ExpertName, int? RequestId, DateOnly StartsOn, DateOnly EndsOn, DeploymentStatus Status);

public sealed record DeploymentStatusCountDto(DeploymentStatus Status, int Count);
public sealed record DeploymentPageDto(IReadOnlyList<DeploymentDto> Items, int Page, int PageSize, int Total, IReadOnlyList<DeploymentStatusCountDto> ByStatus);

/// <summary>A deployment waiting in its state, and for how long.</summary>
public sealed record StuckDeploymentDto(DeploymentDto Deployment, int DaysInState, string Waiting);

public sealed record ExpertRequestSummaryDto(
    int Id, string Title, long? ActivityId, DateOnly StartsOn, DateOnly EndsOn, string? Place, ActivityMode Mode, string? Language,
    int ExpertsNeeded, AccreditationNeed Accreditation, AccreditationCategory? Category, bool IsDiagnostic, MemberRefDto? RequestingMember,
    ExpertRequestStatus Status, IReadOnlyList<TopicRefDto> Topics, int Confirmed)
{
    public static readonly Expression<Func<ExpertRequest, ExpertRequestSummaryDto>> Projection = r => new ExpertRequestSummaryDto(
        r.Id, r.Title, r.ActivityId, r.StartsOn, r.EndsOn, r.Place, r.Mode, r.Language, r.ExpertsNeeded, r.Accreditation, r.Category, r.IsDiagnostic,
        r.RequestingMember == null ? null : new MemberRefDto(r.RequestingMember.Id, r.RequestingMember.Code, r.RequestingMember.Name), r.Status,
        r.Topics.OrderBy(t => t.Code).Select(t => new TopicRefDto(t.Id, t.Code, t.Name)).ToList(), 0);
}

public sealed record ExpertRequestPageDto(IReadOnlyList<ExpertRequestSummaryDto> Items, int Page, int PageSize, int Total);

public sealed record ExpertRequestDto(
    int Id, string Title, long? ActivityId, string? ActivityTitle, DateOnly StartsOn, DateOnly EndsOn, string? Place, ActivityMode Mode,
    string? Language, int ExpertsNeeded, AccreditationNeed Accreditation, AccreditationCategory? Category, bool IsDiagnostic,
    MemberRefDto? RequestingMember, string? Funding, ExpertRequestStatus Status, string? Note, IReadOnlyList<TopicRefDto> Topics,
    IReadOnlyList<DeploymentDto> Deployments, IReadOnlyList<DonorRequestDto> DonorRequests, DateTimeOffset CreatedAt, string Version);

public sealed record DonorRequestDto(
    int Id, int? ExpertRequestId, int? ExpertId, MemberRefDto? Member, string? Administration, DateOnly SentOn, DonorOutcome? Outcome,
    DateOnly? AnsweredOn, string? Note, string Version,
    /// <summary>The deployment the administration released the expert for (outcome released), when recorded.</summary>
    DeploymentRefDto? Deployment)
{
    public static readonly Expression<Func<DonorRequest, DonorRequestDto>> Projection = r => new DonorRequestDto(
        r.Id, r.ExpertRequestId, r.ExpertId, r.Member == null ? null : new MemberRefDto(r.Member.Id, r.Member.Code, r.Member.Name),
        r.Administration, r.SentOn, r.Outcome, r.AnsweredOn, r.Note, r.Version.ToString(),
        r.Deployment == null ? null : new DeploymentRefDto(r.Deployment.Id, r.Deployment.ExpertId, r.Deployment.Expert.Name, r.Deployment.RequestId,
            r.Deployment.StartsOn, r.Deployment.EndsOn, r.Deployment.Status));
}

public sealed record DonorRequestPageDto(IReadOnlyList<DonorRequestDto> Items, int Page, int PageSize, int Total);

public sealed record MatchingSettingsDto(
    int TopicWeight, int AccreditationWeight, int LanguageWeight, int AvailabilityWeight, int RegionWeight, int WorkloadWeight,
    int AppraisalWeight, int WorkloadCap, string Version);

/// <summary>One named part of a match score: its weight, the 0-1 value the rule gave, the points (weight × value) and why.</summary>
public sealed record ScorePartDto(string Name, int Weight, decimal Value, decimal Points, string Explanation);

public sealed record MatchDto(
    int Rank, int ExpertId, string Name, ExpertOrigin Origin, string HomeAdministration, decimal Score, decimal MaxScore, bool Eligible,
    IReadOnlyList<string> Exclusions, IReadOnlyList<ScorePartDto> Parts);

public sealed record MatchListDto(int RequestId, int Considered, int EligibleCount, MatchingSettingsDto Settings, IReadOnlyList<MatchDto> Matches);
