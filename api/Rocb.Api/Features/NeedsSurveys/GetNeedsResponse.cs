using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// A Member's response to a cycle, answers in questionnaire order, with its progress; status not-started (no answers) when the
/// Member has not begun. A focal point: its own Member only (another Member's answers 404).
/// </summary>
public sealed record GetNeedsResponse(int CycleId, int MemberId) : IQuery<NeedsResponseDto>;

internal sealed class GetNeedsResponseHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<GetNeedsResponse, NeedsResponseDto>
{
    public async Task<NeedsResponseDto> Handle(GetNeedsResponse request, CancellationToken cancellationToken)
    {
        var cycle = await NeedsAccess.VisibleCycleAsync(db, user, request.CycleId, cancellationToken);
        await NeedsAccess.EnsureMemberAsync(db, user, cycle.Id, request.MemberId, cancellationToken);
        var questions = await NeedsResponses.QuestionsAsync(db, cycle.Id, cancellationToken);
        var response = await NeedsResponses.FindAsync(db, cycle.Id, request.MemberId, cancellationToken);
        return await NeedsResponses.ToDtoAsync(db, cycle, request.MemberId, response, questions, NeedsAccess.Today(clock), cancellationToken);
    }
}
