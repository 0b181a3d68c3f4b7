using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.Activities;

namespace Rocb.Api.Features.Participation;

public sealed record ParticipantCountDto(
    long Id, MemberRefDto? Member, int Female, int Male, int Other, int NotRecorded, int Total, int Observers,
    Gender? HeadOfDelegationGender, bool FromIndividuals, string? Note);

/// <summary>Participant counts of an activity, per Member, with the totals the KPIs use.</summary>
public sealed record ParticipationDto(long ActivityId, IReadOnlyList<ParticipantCountDto> Counts, ParticipationTotalsDto Totals);

public sealed record ParticipantDto(long Id, MemberRefDto Member, string Name, Gender Gender, ParticipantRole Role, string? Position);

public sealed record ParticipantPageDto(IReadOnlyList<ParticipantDto> Items, int Page, int PageSize, int Total);

public sealed record EvaluationItemDto(string Item, int Score);

public sealed record EvaluationResponseDto(long Id, int Overall, IReadOnlyList<EvaluationItemDto> Items, string? Comment);

public sealed record EvaluationItemMeanDto(string Item, decimal Mean, int Responses);

public sealed record EvaluationSummaryDto(decimal Mean, int Responses, string? Source);

/// <summary>An activity's evaluation: the individual forms (distribution and item means) or the recorded summary.</summary>
public sealed record EvaluationDto(
    long ActivityId, EvaluationTotalsDto Totals, IReadOnlyList<int> Distribution, IReadOnlyList<EvaluationItemMeanDto> Items,
    EvaluationSummaryDto? Summary, IReadOnlyList<EvaluationResponseDto> Responses);
