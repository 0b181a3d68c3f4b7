using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>A round and its workshops, with each workshop's state today (scheduled, to-send, awaiting-replies, reminder-due, overdue-feedback, closed).</summary>
public sealed record GetSurveyRound(int Id) : IQuery<SurveyRoundDto>;

internal sealed class GetSurveyRoundHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<GetSurveyRound, SurveyRoundDto>
{
    public Task<SurveyRoundDto> Handle(GetSurveyRound request, CancellationToken cancellationToken) =>
        SurveyRoundQueries.GetAsync(db, request.Id, SurveyRoundQueries.Today(clock), cancellationToken);
}
