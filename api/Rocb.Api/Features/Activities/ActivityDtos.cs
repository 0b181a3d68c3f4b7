using System.Linq.Expressions;
using Rocb.Api.Domain.Activities;

namespace Rocb.Api.Features.Activities;

public sealed record MemberRefDto(int Id, string Code, string Name);
public sealed record TopicRefDto(int Id, string Code, string Name);
public sealed record ActionRefDto(int Id, string PlanCode, int Pillar, string Code, string Text, DateOnly PlanStartsOn, DateOnly PlanEndsOn);
public sealed record KpiRefDto(int Id, string PlanCode, int Pillar, string ActionCode, string Code, string Name, string TargetText);
public sealed record ActivityStaffDto(string Name, string Role);

/// <summary>Participants of an activity added up over its Members.</summary>
public sealed record ParticipationTotalsDto(
    int Female, int Male, int Other, int NotRecorded, int Total, int Observers, int Members,
    int FemaleHeadsOfDelegation, int HeadsOfDelegation,
    /// <summary>Women among participants whose gender was recorded, in percent; null when none was.</summary>
    decimal? FemaleShare);

public sealed record EvaluationTotalsDto(decimal? Mean, int Responses, int IndividualResponses, bool FromSummary);

/// <summary>A row of the activity list.</summary>
public sealed record ActivitySummaryDto(
    long Id, string? Reference, string Title, ActivityType Type, ActivityStatus Status, DateOnly? StartsOn, DateOnly? EndsOn,
    DatePrecision DatePrecision, string? Venue, MemberRefDto? HostMember, ActivityMode Mode, RocbInvolvement RocbRole,
    IReadOnlyList<string> TopicCodes, int ParticipantTotal)
{
    public static readonly Expression<Func<Activity, ActivitySummaryDto>> Projection = a => new ActivitySummaryDto(
        a.Id, a.Reference, a.Title, a.Type, a.Status, a.StartsOn, a.EndsOn, a.DatePrecision, a.Venue,
        a.HostMember == null ? null : new MemberRefDto(a.HostMember.Id, a.HostMember.Code, a.HostMember.Name),
        a.Mode, a.RocbRole, a.Topics.OrderBy(t => t.Code).Select(t => t.Code).ToList(), 0);
}

public sealed record ActivityPageDto(IReadOnlyList<ActivitySummaryDto> Items, int Page, int PageSize, int Total);

public sealed record ActivityDto(
    long Id, string? Reference, string Title, ActivityType Type, ActivityStatus Status, string? StatusReason,
    DateOnly? StartsOn, DateOnly? EndsOn, DatePrecision DatePrecision, string? Venue, MemberRefDto? HostMember,
    ActivityMode Mode, RocbInvolvement RocbRole, string? Sponsors, string? Partners, string? Funding,
    string? PlannedInPlanCode, IReadOnlyList<MemberRefDto> Members, IReadOnlyList<TopicRefDto> Topics,
    IReadOnlyList<ActionRefDto> Actions, IReadOnlyList<KpiRefDto> Kpis, IReadOnlyList<ActivityStaffDto> Staff,
    ParticipationTotalsDto Participation, EvaluationTotalsDto Evaluation, string? Source, string? Note, string Version);
