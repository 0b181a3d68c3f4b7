using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>A cycle with its questionnaire and the Members asked (a focal point: a cycle its Member is asked in, and only its own Member).</summary>
public sealed record GetNeedsCycle(int CycleId) : IQuery<NeedsCycleDto>;

internal sealed class GetNeedsCycleHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<GetNeedsCycle, NeedsCycleDto>
{
    public Task<NeedsCycleDto> Handle(GetNeedsCycle request, CancellationToken cancellationToken) =>
        NeedsCycleQueries.GetAsync(db, user, request.CycleId, NeedsAccess.Today(clock), cancellationToken);
}
